#!/usr/bin/env bash
# CTest "packaging.*": installs the current build into a temporary prefix and, when the Debian
# tools are present, builds the .deb from the same build with CPack, extracts it into a fresh
# root and runs the extracted programs. Expected values: the project version given by CMake and
# Tết Bính Ngọ = 17/02/2026, the published first day of the first lunar month of 2026.
#   check-package.sh install|deb BUILD_DIR VERSION
set -euo pipefail
mode="$1" build="$2" version="$3"
work="$(mktemp -d "${TMPDIR:-/tmp}/postcounter-package.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

fail() { echo "FAIL: $*" >&2; exit 1; }

# The installed CLI answers from its embedded resources alone, with no build tree beside it.
check_tree() {
  local root="$1" out
  [ -x "$root/usr/bin/postcounter" ] || fail "$root/usr/bin/postcounter is missing"
  out="$("$root/usr/bin/postcounter-cli" --version)" || fail "postcounter-cli --version exited $?"
  [ "$out" = "$version" ] || fail "postcounter-cli --version printed '$out', expected '$version'"
  out="$("$root/usr/bin/postcounter-cli" --db "$work/counter.sqlite" calendar lunar 2026-02-17)" \
    || fail "postcounter-cli calendar lunar exited $?"
  [ "$out" = "2026-01-01" ] || fail "17/02/2026 is lunar '$out', expected 2026-01-01"
  for f in share/applications/postcounter.desktop share/metainfo/vn.postcounter.PostCounter.metainfo.xml \
           share/icons/hicolor/scalable/apps/postcounter.svg share/doc/postcounter/copyright \
           share/man/man1/postcounter.1.gz share/man/man1/postcounter-cli.1.gz; do
    [ -f "$root/usr/$f" ] || fail "/usr/$f is not installed"
  done
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/postcounter.desktop" || fail "desktop-file-validate"
  else echo "desktop-file-validate not installed: desktop entry not validated"; fi
  if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/vn.postcounter.PostCounter.metainfo.xml" \
      || fail "appstreamcli validate"
  else echo "appstreamcli not installed: metainfo not validated"; fi
}

case "$mode" in
  install)
    cmake --install "$build" --prefix "$work/root/usr" >/dev/null
    check_tree "$work/root"
    ;;
  deb)
    # CPack stages from the finished build (cmake_install.cmake); it compiles nothing.
    cpack --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1 \
      || { cat "$work/cpack.log" >&2; fail "cpack"; }
    deb="$(ls "$work"/pkg/postcounter_"$version"_*.deb)" || fail "no .deb in $work/pkg"
    depends="$(dpkg-deb -f "$deb" Depends)"
    echo "Depends: $depends"
    # dpkg-shlibdeps computed Debian's package names for what the binaries link.
    for p in libqt6core6 libqt6widgets6 libsqlite3-0 libqrencode4 libzint2.11 libqt6sql6-sqlite; do
      grep -Eq "(^|, )$p( |,|$)" <<<"$depends" || fail "Depends lacks $p"
    done
    # Every dependency is present on this machine (first alternative of each), as apt would
    # require before unpacking.
    IFS=',' read -ra deps <<<"$depends"
    for d in "${deps[@]}"; do
      name="$(sed -E 's/^ *([^ |(]+).*/\1/' <<<"$d")"
      dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed" \
        || fail "dependency $name is not installed"
    done
    dpkg-deb -x "$deb" "$work/root"
    check_tree "$work/root"
    echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"
    ;;
  *) fail "mode must be install or deb" ;;
esac
echo "OK"
