#!/usr/bin/env bash
# Issue 13: one table of every scale target, measured on this machine.
#   bench/run-table.sh DB [BUILD_DIR]
# DB: a database filled by `build/bench/fill_db DB 1000000` (kept; this script only reads it,
# apart from migrations the app itself would apply on open). Prints: item, target, measured,
# ratio (measured / bound, or service / raw) and verdict. Latencies are wall-clock times: on a
# shared machine run it at normal priority when the cores are quiet (the header prints the load
# average); `nice` it only for the long parts (INTAKE_N, SYNC_EVENTS), whose figures are ratios.
# Env: INTAKE_N (default 2000 registrations), SYNC_EVENTS (default 10000, 0 = skip the sync row),
# SEARCH_N (queries per kind, default 20), QUEUE_RUNS (default 15).
set -uo pipefail
db="${1:?Cách dùng: bench/run-table.sh DB [BUILD_DIR]}"
build="${2:-$(cd "$(dirname "$0")/.." && pwd)/build}"
cli="$build/app/postcounter-cli"
[ -x "$cli" ] || cli="$(find "$build" -name postcounter-cli -type f -perm -u+x | head -1)"
rows=()
add() { rows+=("$1"$'\t'"$2"$'\t'"$3"$'\t'"$4"); }
ms_now() { date +%s%N; }

load0=$(cut -d' ' -f1-3 /proc/loadavg)
dossiers=$(sqlite3 "file:$db?mode=ro" 'SELECT count(*) FROM dossiers' 2>/dev/null || echo '?')

# Search and queue (read-only benches on the filled file).
while IFS= read -r line; do rows+=("$line"); done < <("$build/bench/search_bench" "$db" "${SEARCH_N:-20}" --table)
while IFS= read -r line; do rows+=("$line"); done < <("$build/bench/queue_bench" "$db" "${QUEUE_RUNS:-15}" --table)

# The window's queue model scrolled to the end: resident memory.
while IFS= read -r line; do rows+=("$line"); done < <("$build/bench/queue_memory" "$db" --table 2>/dev/null)

# Registering: service against raw C API, interleaved, in a scratch folder on the build's disk.
while IFS= read -r line; do rows+=("$line"); done < <(cd "$build" && "$build/bench/intake_bench" "${INTAKE_N:-2000}" --table)

# CLI trivial commands: median of 11 runs (wall clock, process start to exit).
for cmd in "--version" "list --limit 5"; do
  times=()
  for i in $(seq 11); do
    t0=$(ms_now); "$cli" --db "$db" $cmd >/dev/null 2>&1; t1=$(ms_now)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  med=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p)
  verdict=$(awk -v m="$med" 'BEGIN{printf "%.2f (%s)", m/150, (m<150?"met":"MISSED")}')
  add "CLI \`$cmd\`, median of 11" "< 150 ms" "$med ms" "$verdict"
done

# list --json: streamed, so memory stays flat. Max RSS of the whole 1M list against a 200-row list.
rss() { /usr/bin/time -f '%M %e' "$cli" --db "$db" list --json "$@" 2>&1 >/dev/null | tail -1; }
small=$(rss --limit 200); full=$(rss)
read -r small_kb _ <<<"$small"; read -r full_kb full_s <<<"$full"
verdict=$(awk -v f="$full_kb" -v s="$small_kb" 'BEGIN{printf "%.2f (%s)", f/s, (f<=1.2*s+10240?"met":"MISSED")}')
add "list --json, all $dossiers rows: max RSS" "flat (<= 1.2x a 200-row list)" "$((full_kb/1024)) MB in ${full_s} s; 200 rows: $((small_kb/1024)) MB" "$verdict"

# Sync drain through the throttled link (256 kbit/s, 300 ms), realistic varied events.
if [ "${SYNC_EVENTS:-10000}" != 0 ]; then
  while IFS= read -r line; do rows+=("$line"); done < <(cd "$build" && "$build/bench/sync_bench" "${SYNC_EVENTS:-10000}" 256 300 --table 2>/dev/null)
fi

printf '%s\n' "PostCounter scale table — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average at start $load0, database $db ($dossiers dossiers)"
{
  printf 'item\ttarget\tmeasured\tratio (verdict)\n'
  printf '%s\n' "${rows[@]}"
} | column -t -s $'\t'
