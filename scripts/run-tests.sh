#!/usr/bin/env bash
# One command: install what is missing, build, and run every test with CTest.
# No test needs a display, a network or a printer.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
cd "${POSTCOUNTER_BUILD_DIR:-$here/build}"
ctest --output-on-failure --parallel "$(nproc)" "$@"
