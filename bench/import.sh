#!/usr/bin/env bash
# bench/import.sh: times a CSV import's preview and apply (issue 13, defect 5) on the packaged portal and a fresh
# database, for files of ROWS rows (default "250 1000 2000 5000") of new cooperative approaches, then the apply of
# the largest file again with every row changed (updates instead of inserts). Each request is timed by curl, whole
# (upload, checks, writes and the rendered result page). Prints one line per file.
# JAVA_OPTS: more JVM options, e.g. -XX:StartFlightRecording=filename=/tmp/import.jfr to profile the applies.
# Needs: curl, PostgreSQL on 127.0.0.1:5432 (user postgres), JDK 25.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18096}
HEAP=${HEAP:-512m}
ROWS=${ROWS:-"250 1000 2000 5000"}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME

for tool in curl psql createdb; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool not found" >&2; exit 2; }
done
. bench/common.sh
fresh_database a6portal_import_bench

log=$(mktemp /tmp/a6portal-import-bench.XXXXXX.log)
work=$(mktemp -d /tmp/a6portal-import-bench.XXXXXX)
editor=bench@example.org
password="bench-$$-$RANDOM$RANDOM"
PORTAL_BASE_URL="http://127.0.0.1:$PORT" ADMIN_EMAIL=$editor ADMIN_PASSWORD=$password "$JAVA_HOME/bin/java" -Xmx"$HEAP" ${JAVA_OPTS:-} -jar "$jar" --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.password= \
  --spring.jpa.properties.hibernate.generate_statistics=true \
  --logging.level.org.hibernate.session.metrics=debug > "$log" 2>&1 &
APP_PID=$!
base="http://127.0.0.1:$PORT"
deadline=$(( SECONDS + ${START_WAIT:-300} ))
until curl -s -o /dev/null --max-time 2 "$base/admin/login"; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 20 "$log" >&2; echo "bench: the portal did not start" >&2; exit 1; }
  [ "$SECONDS" -lt "$deadline" ] || { echo "bench: no answer within ${START_WAIT:-300} s" >&2; exit 1; }
  sleep 0.5
done

cookies="$work/cookies"
csrf() { curl -s -c "$cookies" -b "$cookies" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
token=$(csrf /admin/login)
curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "email=$editor" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$token" "$base/admin/login"

# A file of $1 rows; $2 is a word put in every title (a second file with another word changes every row).
write_file() {
  local file="$work/approaches-$1-$2.csv"
  {
    printf 'id,host_party_iso2,acquiring_party_iso2,title,instrument,status,signed_on,sectors,itmo_volume_tco2e,notes,source_url,source_title\r\n'
    for i in $(seq "$1"); do
      printf 'ca-bench-%s-%s,PE,NO,Bench agreement %s number %s,MoU,MoU signed,2026-01-01,energy efficiency,%s,"A note of some length, as ministries write them: signed at the ministry, with the programme named in the annex and the volume given as a ceiling.",https://example.gov/agreements/%s,Ministry list of agreements\r\n' \
        "$1" "$i" "$2" "$i" "$((i * 1000))" "$i"
    done
  } > "$file"
  echo "$file"
}

# CPU seconds (user + system) used so far by the portal's JVM and by the PostgreSQL backends connected to its database
# (the pool's connections live as long as the portal): under load, wall time is mostly waiting, this is the work.
cpu_ticks() {
  local total=0 pid fields
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] || continue
    read -r -a fields < <(sed 's/^.*) //' "/proc/$pid/stat")
    total=$((total + fields[11] + fields[12]))
  done
  echo "$total"
}
backends() { psql -tA -h 127.0.0.1 -U postgres -d "$db" -c "SELECT pid FROM pg_stat_activity WHERE datname = '$db' AND pid <> pg_backend_pid()"; }

# Previews and applies a file; prints rows, size, the two times and the answers' status codes.
run() {
  local rows=$1 file=$2 label=$3
  local token preview upload apply
  token=$(csrf /admin/import)
  preview=$(curl -s -c "$cookies" -b "$cookies" -o "$work/preview.html" -w '%{http_code} %{time_total}' \
    -F "_csrf=$token" -F kind=cooperative-approaches -F publication=keep -F "file=@$file;type=text/csv" "$base/admin/import/preview")
  upload=$(grep -o 'name="upload" value="[^"]*"' "$work/preview.html" | sed 's/.*value="//; s/"$//')
  [ -n "$upload" ] || { echo "bench: the preview of $file offered no apply (HTTP ${preview%% *})" >&2; exit 1; }
  token=$(grep -o 'name="_csrf" value="[^"]*"' "$work/preview.html" | tail -n 1 | sed 's/.*value="//; s/"$//')
  local before
  before=$(wc -l < "$log")
  local pids app_before db_before
  pids=$(backends)
  app_before=$(cpu_ticks "$APP_PID")
  # shellcheck disable=SC2086
  db_before=$(cpu_ticks $pids)
  apply=$(curl -s -c "$cookies" -b "$cookies" -o "$work/apply.html" -w '%{http_code} %{time_total} %{size_upload}' \
    --data-urlencode "_csrf=$token" --data-urlencode "upload=$upload" "$base/admin/import/apply")
  local ticks app_cpu db_cpu
  ticks=$(getconf CLK_TCK)
  app_cpu=$(awk -v a="$(cpu_ticks "$APP_PID")" -v b="$app_before" -v t="$ticks" 'BEGIN {printf "%.1f", (a - b) / t}')
  # shellcheck disable=SC2086
  db_cpu=$(awk -v a="$(cpu_ticks $pids)" -v b="$db_before" -v t="$ticks" 'BEGIN {printf "%.1f", (a - b) / t}')
  sleep 0.5
  # Hibernate's statistics of the apply's session (the one with most statements since the request began)
  statements=$(tail -n +"$((before + 1))" "$log" | grep -o 'ns executing [0-9]* JDBC statements' | grep -o '[0-9]*' | sort -n | tail -n 1 || true)
  batches=$(tail -n +"$((before + 1))" "$log" | grep -o 'ns executing [0-9]* JDBC batches' | grep -o '[0-9]*' | sort -n | tail -n 1 || true)
  printf '%-8s %6s rows %8s bytes  preview %s s (HTTP %s)  apply %s s (HTTP %s, request %s bytes; JPA: %s statements, %s batches; CPU: portal %s s, database %s s)\n' \
    "$label" "$rows" "$(stat -c %s "$file")" "${preview#* }" "${preview%% *}" "$(echo "$apply" | cut -d' ' -f2)" \
    "${apply%% *}" "$(echo "$apply" | cut -d' ' -f3)" "${statements:-?}" "${batches:-?}" "$app_cpu" "$db_cpu"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
largest=0
for rows in $ROWS; do
  run "$rows" "$(write_file "$rows" first)" insert
  largest=$rows
done
run "$largest" "$(write_file "$largest" second)" update
echo "records now: $(psql -tA -h 127.0.0.1 -U postgres -d "$db" -c "SELECT count(*) FROM a6portal.cooperative_approach WHERE slug LIKE 'ca-bench-%'")"
rm -rf "$work"
