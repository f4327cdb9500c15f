#!/usr/bin/env bash
# bench/cpu-per-page.sh: the CPU time one uncached render of a page costs, the portal's JVM and its PostgreSQL
# backends together, on a portal that is already running. On a busy machine wall-clock timings mostly measure the
# wait for a core; CPU time does not, and on an idle machine a sequential request takes about its CPU time (plus
# a fraction of a millisecond of loopback and wake-ups). Use it beside bench/run.sh's wall-clock medians.
#
# Usage: bench/cpu-per-page.sh PORT DATABASE PATH...   e.g. bench/cpu-per-page.sh 18090 a6portal_bench_123 /countries/in
# Environment: N=200 (renders timed per path, after N/2 to warm up). Pages are asked for under another host name, which
# the page cache never answers, so every request renders. Needs: curl, psql (PostgreSQL on 127.0.0.1:5432, user postgres).
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 PORT DATABASE PATH..." >&2; exit 2; }
port=$1 db=$2; shift 2
N=${N:-200}
app=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
[ -n "$app" ] || { echo "cpu-per-page: nothing listens on port $port" >&2; exit 2; }
tick=$(getconf CLK_TCK)
# utime + stime of a process, in clock ticks (all its threads)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
backends() { psql -At -h 127.0.0.1 -U postgres -d postgres -c "SELECT pid FROM pg_stat_activity WHERE datname = '$db'"; }
total() { local sum; sum=$(ticks "$app"); for pid in $(backends); do sum=$(( sum + $(ticks "$pid") )); done; echo "$sum"; }
printf '%-70s %12s %12s\n' path "CPU ms/page" "wall ms (median)"
for path in "$@"; do
  for _ in $(seq $(( N / 2 ))); do curl -s -o /dev/null -H "Host: uncached.invalid:$port" "http://127.0.0.1:$port$path"; done
  before=$(total)
  wall=$(for _ in $(seq "$N"); do curl -s -o /dev/null -w '%{time_total}\n' -H "Host: uncached.invalid:$port" "http://127.0.0.1:$port$path"; done \
    | sort -g | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]*1000}')
  after=$(total)
  printf '%-70s %12s %12s\n' "$path" "$(awk -v t=$(( after - before )) -v n="$N" -v k="$tick" 'BEGIN {printf "%.1f", t * 1000 / k / n}')" "$wall"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
