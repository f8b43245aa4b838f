#!/usr/bin/env bash
# One command: install what is missing, build, and start the counter application.
# Extra arguments go to postcounter (e.g. --lang en, --db /path/to/file.sqlite).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/build.sh"
exec "${POSTCOUNTER_BUILD_DIR:-$here/build}/app/postcounter" "$@"
