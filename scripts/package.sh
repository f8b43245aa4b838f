#!/usr/bin/env bash
# Builds the Debian package into ./dist from its own Release build (./build-release, no tests):
#   scripts/package.sh && sudo apt install ./dist/postcounter_*_amd64.deb
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/deps.sh"
cd "$here"
# The "release" preset of CMakePresets.json: Ninja, Release, BUILD_TESTING=OFF, ./build-release.
cmake --preset release
cmake --build --preset release --parallel "$(nproc)"
rm -rf build-release/packages
cpack --preset release -B "$here/build-release/packages"
mkdir -p dist
for deb in build-release/packages/*.deb; do
  cp -f "$deb" dist/
  echo "dist/$(basename "$deb")"
done
