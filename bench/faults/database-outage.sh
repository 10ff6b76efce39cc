#!/usr/bin/env bash
# The database goes away under load and comes back. A private mariadbd is started by this script on
# its own port and data directory (never the shared server at 127.0.0.1:3306); the app runs against it
# with DB_URL; four writers create cycles without pause while the script stops
# mariadbd, waits, and starts it again. Checks: readiness goes DOWN and back UP, requests meanwhile are
# 503 (with Retry-After), never 500, and every write answered 2xx is there afterwards.
# Prints the counts; exits 1 on a 500 or a lost acknowledged write.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/faults/lib.sh
ensure_jar

PORT=${PORT:-18082}
DB_PORT=${DB_PORT:-13399}
OUTAGE=${OUTAGE:-15}
WORK=$(mktemp -d /tmp/alur-outage-XXXXXX)
MARIADBD=${MARIADBD:-$(command -v mariadbd || echo /usr/sbin/mariadbd)}
DB_PID=

start_db() {
  "$MARIADBD" --no-defaults --datadir="$WORK/db" --port="$DB_PORT" --bind-address=127.0.0.1 \
    --socket="$WORK/db.sock" --pid-file="$WORK/db.pid" --user="$(id -un)" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci >>"$WORK/db.log" 2>&1 &
  DB_PID=$!
  for _ in $(seq 1 60); do
    mariadb --no-defaults -h 127.0.0.1 -P "$DB_PORT" -u root -e 'SELECT 1' >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "private mariadbd did not start; see $WORK/db.log" >&2
  return 1
}

stop_db() {
  if [ -n "$DB_PID" ] && kill -0 "$DB_PID" 2>/dev/null; then
    kill "$DB_PID"
    wait "$DB_PID" 2>/dev/null || true
  fi
}
trap 'stop_app; stop_db; rm -rf "$WORK"' EXIT

mariadb-install-db --no-defaults --datadir="$WORK/db" --auth-root-authentication-method=normal \
  --user="$(id -un)" >"$WORK/install.log" 2>&1
start_db
mariadb --no-defaults -h 127.0.0.1 -P "$DB_PORT" -u root \
  -e "CREATE DATABASE alurkinerja CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

mkdir -p "$WORK/app"
start_app "$WORK/app" "$PORT" DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/alurkinerja" DB_USER=root \
  DB_PASSWORD= DEMO=true
wait_ready
STAF=$(login staf)
KEC=$(api "$STAF" GET /api/v1/me | jq -r .kecamatan.id)

# writers: each creates cycles one after another (a quarter of the years 2000-2100 each; the demo's
# own years answer 409) and records "status year"
: >"$WORK/writes"
writer() {
  local first=$1
  for year in $(seq "$first" 4 2100); do
    code=$(curl -s -o "$WORK/body.$first" -m 30 -w '%{http_code}' -X POST -H "Authorization: Bearer $STAF" \
      -H 'Content-Type: application/json' -d "{\"kecamatanId\":$KEC,\"year\":$year}" "$BASE/api/v1/cycles" || echo 000)
    echo "$code $year" >>"$WORK/writes"
    sleep 0.5
  done
}
WRITERS=()
for first in 2000 2001 2002 2003; do
  writer "$first" &
  WRITERS+=($!)
done

sleep 3
echo "stopping the private mariadbd for ${OUTAGE}s"
stop_db
down_seen=no
for _ in $(seq 1 "$OUTAGE"); do
  [ "$(ready_status)" = 503 ] && down_seen=yes
  sleep 1
done
start_db
echo "private mariadbd is back"
up_again=no
for _ in $(seq 1 60); do
  if [ "$(ready_status)" = 200 ]; then up_again=yes; break; fi
  sleep 1
done
wait "${WRITERS[@]}" 2>/dev/null || true

ok=$(grep -c '^2' "$WORK/writes" || true)
unavailable=$(grep -c '^503' "$WORK/writes" || true)
errors=$(grep -c '^500' "$WORK/writes" || true)
lost=0
cycles=$(api "$STAF" GET "/api/v1/cycles?kecamatanId=$KEC" | jq -r '.[].year')
while read -r code year; do
  if [[ "$code" == 2* ]] && ! grep -qx "$year" <<<"$cycles"; then
    lost=$((lost + 1))
  fi
done <"$WORK/writes"
logged=$(grep -c 'Database unavailable' "$WORK/app/app.log" || true)
traces=$(grep -c '^\s*at ' "$WORK/app/app.log" || true)

echo "writes_2xx=$ok writes_503=$unavailable writes_500=$errors lost=$lost readiness_down=$down_seen readiness_up_again=$up_again outage_log_lines=$logged stack_lines=$traces"
[ "$errors" = 0 ] && [ "$lost" = 0 ] && [ "$down_seen" = yes ] && [ "$up_again" = yes ]
