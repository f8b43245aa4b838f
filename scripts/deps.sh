#!/usr/bin/env bash
# Installs the Debian 12 packages PostCounter needs to build, run and test.
# Idempotent: asks dpkg first and only calls apt-get for what is missing.
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libgl-dev
  libsqlite3-dev sqlite3
  catch2 libqrencode-dev libsodium-dev zlib1g-dev qt6-httpserver-dev qt6-websockets-dev openssl
  poppler-utils zbar-tools python3
  dpkg-dev desktop-file-utils appstream   # the packaging tests: dpkg-shlibdeps, the .desktop and metainfo checks
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""
elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"
else
  echo "Thiếu gói / missing packages. Chạy với quyền root / run as root:" >&2
  echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
