#!/usr/bin/env bash
# bench/outage.sh: the portal through a PostgreSQL outage, and back.
#
# Starts a private PostgreSQL (initdb into a temporary directory, its own port), the packaged portal against it
# (./mvnw -DskipTests package first, or let bench/common.sh do it), and puts load on it with wrk for the whole run.
# Then stops PostgreSQL and checks, while it is down, that:
#   - pages that need the database, the API and a sign-in attempt answer 503 with Retry-After within LIMIT seconds,
#     and the 503 page is in the language asked for;
#   - a page cached before the outage still answers 200;
#   - readiness (/actuator/health/readiness) goes DOWN and liveness stays UP;
# starts PostgreSQL again and checks that the portal recovers without a restart. Prints a summary; exits 1 if any
# check failed, 2 if something it needs is missing. Everything it starts it stops, and it removes its data directory.
#
# Usage: bench/outage.sh
# Environment: PGPORT_OUTAGE=55433 (the private PostgreSQL), PORT=18083 (the portal), LIMIT=5 (seconds an answer may
# take during the outage), DOWN=20 (seconds PostgreSQL stays down), HEAP=256m, PGBIN=/usr/lib/postgresql/15/bin.
# Needs: PostgreSQL 15 server binaries, wrk and curl (apt-get install -y wrk curl; installed here when run as root),
# JDK 25. As root, PostgreSQL runs as the user postgres (initdb refuses root).
set -euo pipefail
cd "$(dirname "$0")/.."

PGPORT_OUTAGE=${PGPORT_OUTAGE:-55433}
PORT=${PORT:-18083}
LIMIT=${LIMIT:-5}
DOWN=${DOWN:-20}
HEAP=${HEAP:-256m}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME

for tool in wrk curl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
      echo "outage: installing $tool"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
    else
      echo "outage: $tool not found (apt-get install -y $tool)" >&2; exit 2
    fi
  fi
done
[ -x "$PGBIN/initdb" ] || { echo "outage: no PostgreSQL server binaries in $PGBIN (set PGBIN)" >&2; exit 2; }

. bench/common.sh   # $jar

work=$(mktemp -d /tmp/a6portal-outage.XXXXXX)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$work"
APP_PID=""
WRK_PID=""
pg_running=""
cleanup() {
  [ -n "$WRK_PID" ] && kill "$WRK_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$pg_running" ] && as_postgres "$PGBIN/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

start_postgres() {
  as_postgres "$PGBIN/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w \
    -o "-p $PGPORT_OUTAGE -k $work -c listen_addresses=127.0.0.1" start >/dev/null
  pg_running=yes
}
stop_postgres() {
  as_postgres "$PGBIN/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null
  pg_running=""
}

echo "== private PostgreSQL on 127.0.0.1:$PGPORT_OUTAGE ($work)"
as_postgres "$PGBIN/initdb" -D "$work/data" -U postgres -A trust >/dev/null
start_postgres

echo "== portal on :$PORT ($jar)"
base="http://127.0.0.1:$PORT"
"$JAVA_HOME/bin/java" -Xmx"$HEAP" -jar "$jar" --server.port="$PORT" --portal.base-url="$base" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT_OUTAGE/postgres" --spring.datasource.password= \
  > "$work/portal.log" 2>&1 &
APP_PID=$!
for _ in $(seq 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/actuator/health/readiness")" = 200 ] && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$work/portal.log" >&2; echo "outage: the portal did not start" >&2; exit 1; }
  sleep 0.5
done

# A page cached before the outage (rendered once, then served from memory).
curl -s -o /dev/null "$base/countries/pe"
curl -s -o /dev/null "$base/countries/pe"

# Load for the whole run: a cached page, the sign-in page (it needs no database: no session before sign-in) and the API.
total=$((DOWN + 45))
cat > "$work/mix.lua" <<'LUA'
local paths = { "/countries/pe", "/admin/login", "/countries/pe", "/api/v1/countries/pe" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
wrk -t2 -c16 -d"${total}s" --timeout 40s --latency -s "$work/mix.lua" "$base" > "$work/wrk.txt" 2>&1 &
WRK_PID=$!
sleep 5

failures=0
results=()
record() {  # record PASS|FAIL text
  results+=("$1  $2")
  [ "$1" = PASS ] || failures=$((failures + 1))
}
# check NAME URL STATUS [ACCEPT-LANGUAGE] [probe]: the status and the time taken; Retry-After on a 503 but a probe's
check() {
  local name=$1 url=$2 want=$3 lang=${4:-en} probe=${5:-}
  local out status seconds retry
  out=$(curl -s -o "$work/body" -D "$work/headers" -H "Accept-Language: $lang" --max-time 60 \
    -w '%{http_code} %{time_total}' "$base$url" || echo "000 60")
  status=${out% *}
  seconds=${out#* }
  retry=$(grep -i '^retry-after:' "$work/headers" | tr -d '\r' | awk '{print $2}' || true)
  local verdict=PASS detail="$status in ${seconds} s"
  [ "$status" = "$want" ] || verdict=FAIL
  if [ "$want" = 503 ]; then
    if [ -z "$probe" ]; then
      detail="$detail, Retry-After: ${retry:-none}"
      [ -n "$retry" ] || verdict=FAIL
    fi
    awk -v s="$seconds" -v l="$LIMIT" 'BEGIN { exit !(s <= l) }' || { verdict=FAIL; detail="$detail (over ${LIMIT} s)"; }
  fi
  record "$verdict" "$(printf '%-34s %-28s want %s: %s' "$name" "$url" "$want" "$detail")"
}
# sign_in NAME STATUS: a sign-in attempt (the form's CSRF token from its cookie and its field), which reads the
# database (the account and the throttle), answers STATUS; a 503 within LIMIT seconds and with Retry-After.
sign_in() {
  local name=$1 want=$2 token cookie out status seconds retry
  curl -s -o "$work/form" -D "$work/form-headers" --max-time 10 "$base/admin/login" || true
  cookie=$(grep -i '^set-cookie: XSRF-TOKEN=' "$work/form-headers" | tr -d '\r' | sed 's/^[^:]*: //; s/;.*//' || true)
  token=$(grep -o 'name="_csrf" value="[^"]*"' "$work/form" | sed 's/.*value="//; s/"$//' || true)
  out=$(curl -s -o "$work/body" -D "$work/headers" --max-time 60 -H "Cookie: $cookie" \
    --data-urlencode "email=someone@example.org" --data-urlencode "password=a password of some length" \
    --data-urlencode "_csrf=$token" -w '%{http_code} %{time_total}' "$base/admin/login" || echo "000 60")
  status=${out% *}
  seconds=${out#* }
  retry=$(grep -i '^retry-after:' "$work/headers" | tr -d '\r' | awk '{print $2}' || true)
  local verdict=PASS detail="$status in ${seconds} s"
  [ "$status" = "$want" ] || verdict=FAIL
  if [ "$want" = 503 ]; then
    detail="$detail, Retry-After: ${retry:-none}"
    [ -n "$retry" ] || verdict=FAIL
    awk -v s="$seconds" -v l="$LIMIT" 'BEGIN { exit !(s <= l) }' || { verdict=FAIL; detail="$detail (over ${LIMIT} s)"; }
  fi
  record "$verdict" "$(printf '%-34s %-28s want %s: %s' "$name" "POST /admin/login" "$want" "$detail")"
}
contains() {  # contains NAME TEXT: the last body holds the text
  if grep -q "$2" "$work/body"; then record PASS "$1"; else record FAIL "$1 (body lacks \"$2\")"; fi
}

echo "== before the outage"
check "uncached page" /countries/co 200
check "API" /api/v1/countries/co 200
check "readiness" /actuator/health/readiness 200

echo "== stopping PostgreSQL"
stop_postgres
down_at=$(date +%s%N)
sleep 1
check "uncached page (Spanish)" "/countries/cl?lang=es" 503
contains "  503 page in Spanish" "El portal no está disponible por un momento"
check "uncached page (French)" /countries/mx 503 fr
contains "  503 page in French" "Le portail est momentanément indisponible"
check "API" /api/v1/countries/cl 503
contains "  problem+json" '"status":503'
check "sign-in form (no database needed)" /admin/login 200
sign_in "sign-in attempt" 503
check "cached page" /countries/pe 200
check "readiness" /actuator/health/readiness 503 en probe
contains "  readiness DOWN" DOWN
check "liveness" /actuator/health/liveness 200
contains "  liveness UP" UP
check "actuator beyond the probes" /actuator/env 404
elapsed=$(( ($(date +%s%N) - down_at) / 1000000000 ))
[ "$elapsed" -lt "$DOWN" ] && sleep $((DOWN - elapsed))

echo "== starting PostgreSQL again (after ${DOWN} s down)"
start_postgres
up_at=$(date +%s%N)
recovered=""
for _ in $(seq 300); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base/countries/cl?lang=es")" = 200 ]; then
    recovered=$(( ($(date +%s%N) - up_at) / 1000000 )); break
  fi
  sleep 0.2
done
if [ -n "$recovered" ]; then record PASS "recovered without a restart: uncached page 200 after ${recovered} ms"
else record FAIL "no recovery within 60 s"; fi
kill -0 "$APP_PID" 2>/dev/null && record PASS "same portal process (pid $APP_PID) throughout" || record FAIL "the portal died"
check "API" /api/v1/countries/cl 200
check "sign-in page" /admin/login 200
check "readiness" /actuator/health/readiness 200

wait "$WRK_PID" || true
WRK_PID=""
echo
echo "== load during the run (wrk -t2 -c16 -d${total}s: cached page, sign-in page, API)"
grep -E 'Requests/sec|requests in|Non-2xx|Socket errors|Latency|50%|99%' "$work/wrk.txt" | sed 's/^/  /'
echo "  portal log: $(grep -c 'answered 503' "$work/portal.log" || true) requests answered 503 while the database was down"
echo
echo "== summary"
printf '%s\n' "${results[@]}"
echo
if [ "$failures" -gt 0 ]; then
  echo "outage: $failures check(s) FAILED"
  exit 1
fi
echo "outage: all ${#results[@]} checks passed"
