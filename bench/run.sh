#!/usr/bin/env bash
# bench/run.sh: how fast does the portal serve a country page, against nginx serving the same bytes?
#
# Starts the packaged portal (./mvnw -DskipTests package first, or let this script do it) on a fresh PostgreSQL
# database with a 256 MB heap, reports its start-up time, the median time of sequential requests (cold: the first
# after start; then warm), runs bench/page-throughput.sh (the project's yardstick: wrk against the app and against a
# private nginx serving the same HTML, in alternating rounds, printing ratio=app/static) twice: uncompressed, and
# with ENCODING=gzip (both sides asked for gzip; nginx serves the app's own gzip bytes with gzip_static), and reports
# both ratios side by side and the portal's resident memory after the load. Everything runs on loopback; everything
# it starts it stops.
#
# Usage: bench/run.sh [PATH]   (default PATH=/countries/pe)
# Environment: PORT=18090, HEAP=256m, SAMPLES=50, START_WAIT=300 (s), SCALE=1 (SCALE=100 adds bench/generate.sql's synthetic records:
# 100 times the seeded data), WARM=30 and TIMED=20 (requests per uncached path: to warm, then timed), and page-throughput.sh's ROUNDS, DURATION, CONNECTIONS, WARMUP (each of its two runs).
# The portal's public address is http://127.0.0.1:$PORT (PORTAL_BASE_URL): only requests for that host are served
# from its page cache, so the uncached timings below send another Host header to be rendered every time.
# The admin lists are timed as an editor the script creates (ADMIN_EMAIL/ADMIN_PASSWORD, on its own fresh database).
# Needs: wrk, nginx, curl (apt-get install -y wrk nginx curl), PostgreSQL on 127.0.0.1:5432 (user postgres), JDK 25.
set -euo pipefail
cd "$(dirname "$0")/.."

PAGE=${1:-/countries/pe}
PORT=${PORT:-18090}
HEAP=${HEAP:-256m}
SAMPLES=${SAMPLES:-50}
SCALE=${SCALE:-1}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME

for tool in wrk nginx curl psql createdb; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool not found (apt-get install -y wrk nginx curl)" >&2; exit 2; }
done
. bench/common.sh
fresh_database a6portal_bench

log=$(mktemp /tmp/a6portal-bench.XXXXXX.log)
start=$(date +%s%N)
# an editor account, to time the admin lists and search (never cached)
editor=bench@example.org
password="bench-$$-$RANDOM$RANDOM"
PORTAL_BASE_URL="http://127.0.0.1:$PORT" ADMIN_EMAIL=$editor ADMIN_PASSWORD=$password "$JAVA_HOME/bin/java" -Xmx"$HEAP" -jar "$jar" --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.password= > "$log" 2>&1 &
APP_PID=$!
url="http://127.0.0.1:$PORT$PAGE"
# Up to START_WAIT seconds (default 300: on a loaded machine start-up takes minutes) for the first answer.
deadline=$(( SECONDS + ${START_WAIT:-300} ))
until curl -s -o /dev/null --max-time 2 "$url"; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 20 "$log" >&2; echo "bench: the portal did not start" >&2; exit 1; }
  [ "$SECONDS" -lt "$deadline" ] || { tail -n 5 "$log" >&2; echo "bench: no answer within ${START_WAIT:-300} s" >&2; exit 1; }
  sleep 0.5
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
if [ "$SCALE" = 100 ]; then
  psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$db" -f bench/generate.sql >/dev/null
  echo "data: 100 times the seed (bench/generate.sql)"
  sleep 1
fi
reported=$(grep -o 'Started PortalApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' || echo "?")
echo "start-up: ${reported} s (Spring's own figure); first page answered after ${ready} ms (incl. JVM start, migrations, seed)"
echo "seed step: $(grep -o 'Seed data loaded in [0-9]* ms' "$log" | grep -o '[0-9]*' | head -n 1) ms; load average $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"

first=$(curl -s -o /dev/null -w '%{time_total}' "$url" | awk '{printf "%.2f", $1*1000}')
warm=$(for _ in $(seq "$SAMPLES"); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | awk '{printf "%.2f\n", $1*1000}' | median)
echo "sequential: second request ${first} ms; median of ${SAMPLES} more ${warm} ms (cache hits once rendered)"

# Overview pages and search, uncached: public pages are asked for under another host name, which the page cache
# never answers (it ignores query parameters a page does not read, so a query string of its own no longer
# bypasses it); admin pages are never cached. Median of 20 after 30 to warm up.
base="http://127.0.0.1:$PORT"
render_host="uncached.invalid:$PORT"
uncached() {
  local path=$1 session=/dev/null host=$render_host i
  case "$path" in /admin*) session=$cookies; host="127.0.0.1:$PORT" ;; esac
  for i in $(seq "${WARM:-30}"); do curl -s -o /dev/null -H "Host: $host" -b "$session" "$base$path"; done
  for i in $(seq "${TIMED:-20}"); do curl -s -o /dev/null -H "Host: $host" -b "$session" -w '%{time_total}\n' "$base$path"; done \
    | awk '{printf "%.2f\n", $1*1000}' | median
}
cookies=$(mktemp /tmp/a6portal-bench-cookies.XXXXXX)
token=$(curl -s -c "$cookies" -b "$cookies" "$base/admin/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "email=$editor" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$token" "$base/admin/login"
signed_in=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "$base/admin/cooperative-approaches")
[ "$signed_in" = 200 ] || { echo "bench: could not sign in as the bench editor (HTTP $signed_in)" >&2; exit 1; }
# A country's full Article 6.4 list (India's: the longest), first, middle and last page, every sort and filter.
last_page=$(psql -At -h 127.0.0.1 -U postgres -d "$db" -c "SELECT greatest(1, ceil(count(*) / 50.0)) FROM a6portal.pacm_activity
  WHERE host_iso2 = 'IN' AND publication_status = 'published'")
echo "India's Article 6.4 list: $last_page pages of 50"
lists=(/countries/in /countries/in/pacm-activities "/countries/in/pacm-activities?page=$(( (last_page + 1) / 2 ))"
  "/countries/in/pacm-activities?page=$last_page" '/countries/in/pacm-activities?sort=title&dir=desc&page=3'
  '/countries/in/pacm-activities?sort=approved&dir=asc' '/countries/in/pacm-activities?sort=reductions&dir=asc&page=2'
  '/countries/in/pacm-activities?stage=transition_requested&form=project&sort=title'
  '/countries/in/pacm-activities?form=component&page=2' '/countries/gh/pacm-activities?form=programme'
  # overview pages (issue 14): the PACM pipeline unfiltered, deep, sorted and filtered; the cooperative approaches
  /pacm-activities '/pacm-activities?page=200' '/pacm-activities?sort=title&dir=desc&page=100'
  '/pacm-activities?sort=approved&dir=asc&page=50' '/pacm-activities?sort=date' '/pacm-activities?country=pe&origin=cdm_transition'
  '/pacm-activities?country=in&stage=transition_requested&form=project&sort=title'
  '/pacm-activities?region=latin_america_caribbean&origin=cdm_transition&page=20' '/pacm-activities?sector=household_energy'
  '/pacm-activities?activityType=clean_cooking&sort=reductions&dir=asc' '/pacm-activities?stage=host_approved&form=component'
  /cooperative-approaches '/cooperative-approaches?country=ch&role=acquiring' '/cooperative-approaches?year=2022&sort=title&page=3')
# overviewB: the overview pages of NDC targets, initial reports and capacity building, unfiltered, filtered and sorted
lists+=(/ndc-targets '/ndc-targets?region=africa&sort=year&dir=desc' '/ndc-targets?country=pe&conditional=true'
  /initial-reports '/initial-reports?reviewStatus=submitted&sort=title' /capacity-building
  '/capacity-building?country=pe&sort=started' '/capacity-building?region=africa&year=2024')
echo "overview pages and search, uncached, median of 20 (ms):"
for path in "${lists[@]}" / /countries '/countries?q=an' /timelines '/timelines?country=in' \
    '/timelines?region=latin_america_caribbean' '/search?q=energy' '/search?q=cookstove' '/search?q=Per%C3%BA' '/search?q=9116' '/search?q=solar+energy' \
    '/search?q=energy&kind=pacm&page=20' '/pacm-activities?region=africa' '/timelines?region=africa' \
    '/compare?c=pe,gh' '/compare?c=in,cn,pe,gh' '/api/v1/cooperative-approaches?page=2' '/api/v1/cooperative-approaches?country=pe' \
    '/api/v1/ndc-targets?page=1' '/api/v1/pacm-activities?page=1' '/api/v1/capacity-building-projects?page=1' \
    '/admin/cooperative-approaches?q=japan' '/admin/cooperative-approaches?q=japan&page=2' '/admin/ndc-targets?q=2030' \
    '/admin/capacity-building?q=carbon' '/admin/pacm-activities?q=cook' '/admin/changes' '/admin/content-health?page=3'; do
  printf '  %7s  %s\n' "$(uncached "$path")" "$path"
done
rm -f "$cookies"

# The page-cache hit path against nginx, uncompressed and gzip-compressed (the bytes a browser gets).
throughput_log=$(mktemp /tmp/a6portal-bench-throughput.XXXXXX)
bash bench/page-throughput.sh "$url" | tee "$throughput_log"
plain_ratio=$(grep -o '^ratio=.*' "$throughput_log" | tail -n 1 | cut -d= -f2)
echo "page-throughput with gzip (ENCODING=gzip; nginx: gzip_static of the app's own bytes):"
ENCODING=gzip bash bench/page-throughput.sh "$url" | tee "$throughput_log"
gzip_ratio=$(grep -o '^ratio=.*' "$throughput_log" | tail -n 1 | cut -d= -f2)
rm -f "$throughput_log"
echo "ratio app/nginx: uncompressed ${plain_ratio:-?}, gzip ${gzip_ratio:-?}"

# Cache misses, once the JVM is warm. Under wrk every request was a cache hit, so the render path itself is still
# cold: warm it first with 300 renders (asked for under another host name, which the cache never answers), as a
# portal serving many pages would be. Then: move the content revision on (a change the public does not see), wait for the portal's revision poll,
# then time the first request, which renders the page again.
for _ in $(seq 300); do curl -s -o /dev/null -H "Host: $render_host" "$url"; done
miss=$(for _ in $(seq 20); do
  psql -q -h 127.0.0.1 -U postgres -d "$db" -c "INSERT INTO a6portal.change_log (entity_type, entity_id, entity_label,
    action, changed_by, public_change) VALUES ('bench', '0', 'bench', 'update', 'bench', false)" >/dev/null
  sleep 0.7
  curl -s -o /dev/null -w '%{time_total}\n' "$url"
done | awk '{printf "%.2f\n", $1*1000}' | median)
echo "cache miss (first request after a change): median of 20 ${miss} ms"

rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$APP_PID/status")
echo "memory: resident ${rss} MB after the load (heap limit ${HEAP})"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
