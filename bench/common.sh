# bench/common.sh: what bench/run.sh and bench/startup.sh share. Sourced, not run; the caller is in the repository's
# root with JAVA_HOME set.

# The packaged portal (packaged now if it is not yet, or if a source, migration or seed file is newer), in $jar.
jar=$(ls target/a6portal-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$jar" ] || [ -n "$(find src db pom.xml -newer "$jar" -type f -print -quit)" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/a6portal-*.jar | grep -v plain | head -n 1)
fi

# A fresh database named $db (prefix: $1), dropped on exit together with the portal the caller started as $APP_PID.
fresh_database() {
  db="$1_$$"
  createdb -h 127.0.0.1 -U postgres "$db"
  APP_PID=""
  trap 'stop_portal; dropdb -h 127.0.0.1 -U postgres --if-exists "$db" >/dev/null 2>&1 || true' EXIT
}

stop_portal() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

# The median of the numbers on standard input, one a line.
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
