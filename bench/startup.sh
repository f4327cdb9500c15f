#!/usr/bin/env bash
# bench/startup.sh: how long does the portal take to start, as a plain jar and with the JVM's AOT cache?
#
# Extracts the packaged jar (Spring Boot's CDS-friendly layout) into target/aot, makes a training run there that
# writes a JVM AOT cache (Java 25: -XX:AOTCacheOutput, the successor of class data sharing), then starts the portal
# RUNS times each way against the same, already migrated and seeded database, and prints the median of Spring's own
# start-up figure and of the time until the first page is answered. Everything it starts it stops.
#
# Also prints the first start on the fresh database (migrations and the full seed) and, for every start, the seed
# step's time and the rows it wrote, from the log ("{}": no file changed, no row read).
# Usage: bench/startup.sh        Environment: RUNS=3, PORT=18095, HEAP=256m, START_WAIT=300 (s), JAVA_HOME (Temurin 25)
# Needs: curl, PostgreSQL on 127.0.0.1:5432 (user postgres), JDK 25, a packaged jar (./mvnw -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
PORT=${PORT:-18095}
HEAP=${HEAP:-256m}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java="$JAVA_HOME/bin/java"

. bench/common.sh
name=$(basename "$jar")
fresh_database a6portal_startup
database=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.password=)

# One start: prints "<Spring's seconds> <ms until the first page> <ms of the seed step> <seed report>" (the seed step
# and its report from the log line "Seed data loaded in N ms: {...}": {} when no file changed, so no row was read).
start_once() {
  local dir=$1; shift
  local log
  log=$(mktemp /tmp/a6portal-startup.XXXXXX.log)
  local begin
  begin=$(date +%s%N)
  (cd "$dir" && exec "$java" -Xmx"$HEAP" "$@" -jar "$name" --server.port="$PORT" "${database[@]}") > "$log" 2>&1 &
  APP_PID=$!
  # up to START_WAIT seconds (default 300: on a loaded machine start-up takes minutes) for the first answer
  local deadline=$(( SECONDS + ${START_WAIT:-300} ))
  until curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/countries/pe"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 20 "$log" >&2; echo "startup: the portal did not start" >&2; exit 1; }
    [ "$SECONDS" -lt "$deadline" ] || { tail -n 5 "$log" >&2; echo "startup: no answer within ${START_WAIT:-300} s" >&2; exit 1; }
    sleep 0.1
  done
  local answered=$(( ($(date +%s%N) - begin) / 1000000 ))
  stop_portal
  echo "$(grep -o 'Started PortalApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -n 1) $answered" \
    "$(grep -o 'Seed data loaded in [0-9]* ms' "$log" | grep -o '[0-9]*' | head -n 1)" \
    "$(grep -o 'Seed data loaded in [0-9]* ms: {[^}]*}' "$log" | sed 's/.*ms: //' | head -n 1)"
  rm -f "$log"
}

report() {
  local label=$1; shift
  local results
  results=$(for _ in $(seq "$RUNS"); do start_once "$@"; done)
  echo "$label: Spring's figure $(echo "$results" | awk '{print $1}' | median) s;" \
    "first page answered after $(echo "$results" | awk '{print $2}' | median) ms;" \
    "seed step $(echo "$results" | awk '{print $3}' | median) ms, rows written: $(echo "$results" | awk '{print $4}' | sort -u | tr '\n' ' ')(median of $RUNS)"
}

# The first start migrates and seeds the database; the runs below all find it ready, as a restart would.
fresh=$(start_once target)
echo "fresh database (migrations and the full seed): Spring's figure $(echo "$fresh" | awk '{print $1}') s;" \
  "first page answered after $(echo "$fresh" | awk '{print $2}') ms; seed step $(echo "$fresh" | awk '{print $3}') ms"
echo "load average at the end of it: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"

rm -rf target/aot
"$java" -Djarmode=tools -jar "$jar" extract --destination target/aot > /dev/null
(cd target/aot && "$java" -Xmx"$HEAP" -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar "$name" \
  "${database[@]}") > /tmp/a6portal-aot-training.log 2>&1 \
  || { tail -n 20 /tmp/a6portal-aot-training.log >&2; echo "startup: the training run failed" >&2; exit 1; }
echo "AOT cache: target/aot/app.aot, $(du -m target/aot/app.aot | cut -f1) MB"

report "plain jar                " target
report "extracted, with AOT cache" target/aot -XX:AOTCache=app.aot
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
