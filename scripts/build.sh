#!/usr/bin/env bash
# Configures (once) and builds PostCounter into ./build. Idempotent and incremental.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/deps.sh"
build="${POSTCOUNTER_BUILD_DIR:-$here/build}"
if [ ! -f "$build/build.ninja" ]; then
  launcher=()
  # ccache when present: a second checkout (or a CI rerun) reuses the objects of the first.
  if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" "${launcher[@]}"
fi
cmake --build "$build" --parallel "$(nproc)"
