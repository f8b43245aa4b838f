#!/usr/bin/env bash
# Issue 13, start-up: how long until the window is usable, on a filled database.
#   bench/gui_start.sh DB [BUILD_DIR]
# Three cases, each printed as a table row (item, target, measured, verdict):
#   warm     median of 5 starts with the file in the page cache;
#   cold     one start after dropping the page cache (needs root: /proc/sys/vm/drop_caches);
#   unclean  one start after the previous session was killed with SIGKILL (its lock file stays
#            behind, so the app runs its integrity check in the background).
# "Usable" is the app's own start-up probe (POSTCOUNTER_STARTUP_PROBE): the sign-in page over
# the queue fully rendered once the event loop runs; the process's wall time to exit is shown too.
# The app runs offscreen; the database needs a counter identity and one account (fill_db's
# files have the identity; this script adds an admin account "bench" when none exists).
set -uo pipefail
db="${1:?Cách dùng: bench/gui_start.sh DB [BUILD_DIR]}"
build="${2:-$(cd "$(dirname "$0")/.." && pwd)/build}"
gui="$build/app/postcounter"; cli="$build/app/postcounter-cli"
export QT_QPA_PLATFORM=offscreen
if [ "$("$cli" --db "$db" user list 2>/dev/null | wc -l)" -le 1 ]; then
  printf 'bench-password-1\n' | "$cli" --db "$db" user add bench --name "Bench" --role admin >/dev/null 2>&1 || true
fi
probe() {  # prints "usable_ms wall_ms"
  local t0 t1 line
  t0=$(date +%s%N)
  line=$(POSTCOUNTER_STARTUP_PROBE=1 timeout 300 "$gui" --db "$db" 2>&1 >/dev/null | grep -o 'usable after [0-9]* ms' | grep -o '[0-9]*')
  t1=$(date +%s%N)
  echo "${line:-?} $(( (t1 - t0) / 1000000 ))"
}
row() { awk -v u="$2" -v w="$3" -v b="$4" -v item="$1" -v t="$5" 'BEGIN{printf "%s\t%s\t%s ms (process %s ms)\t%.2f (%s)\n", item, t, u, w, u/b, (u<b?"met":"MISSED")}'; }

probe >/dev/null  # warm the cache
warm=()
for i in 1 2 3 4 5; do read -r u w < <(probe); warm+=("$u $w"); done
read -r wu ww < <(printf '%s\n' "${warm[@]}" | sort -n | sed -n 3p)
row "GUI start, warm cache, median of 5" "$wu" "$ww" 1000 "< 1 s"

if sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then
  read -r cu cw < <(probe)
  row "GUI start, cold cache" "$cu" "$cw" 3000 "< 3 s"
else
  printf 'GUI start, cold cache\t< 3 s\tnot measured (dropping the page cache needs root)\t-\n'
fi

# An unclean shutdown: start the app, wait for its session lock file, kill it with SIGKILL.
crash() {
  "$gui" --db "$db" >/dev/null 2>&1 &
  local pid=$! deadline=$(( $(date +%s) + 60 ))
  until compgen -G "$db.session-*.lock" >/dev/null; do
    if [ "$(date +%s)" -ge "$deadline" ]; then echo "gui_start: the app never took its session lock" >&2; kill -9 $pid; exit 1; fi
    sleep 0.1  # polling for a file another process creates; bounded by the deadline above
  done
  kill -9 $pid; wait $pid 2>/dev/null
}
crash
read -r uu uw < <(probe)
row "GUI start after an unclean shutdown (SIGKILL), warm" "$uu" "$uw" 1000 "< 1 s"
if sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then
  crash
  sync; echo 3 > /proc/sys/vm/drop_caches
  read -r ucu ucw < <(probe)
  row "GUI start after an unclean shutdown, cold cache" "$ucu" "$ucw" 3000 "< 3 s"
fi
