#!/usr/bin/env bash
# Two app instances share one database and both run the SLA watch every 2 s. A form is walked
# through steps 1-6 with a tenggat already past, so every unit's own work is overdue the moment it
# receives the form. Checks: every overdue piece of work is claimed once, each person is told once
# per piece of work (owners and the Sekcam); it prints how many each instance sent. A private mariadbd is
# started on its own port and data directory (never the shared server at 127.0.0.1:3306).
# Prints the counts; exits 1 when anyone is told twice or a piece of work is left untold.
set -Eeuo pipefail
trap 'echo "failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/../.."
. bench/faults/lib.sh
ensure_jar

PORT_A=${PORT_A:-18083}
PORT_B=${PORT_B:-18084}
DB_PORT=${DB_PORT:-13398}
WORK=$(mktemp -d /tmp/alur-notify-XXXXXX)
MARIADBD=${MARIADBD:-$(command -v mariadbd || echo /usr/sbin/mariadbd)}
DB_PID=
PID_A=
PID_B=
sql() { mariadb --no-defaults -h 127.0.0.1 -P "$DB_PORT" -u root -N -B alurkinerja -e "$1"; }

mariadb-install-db --no-defaults --datadir="$WORK/db" --auth-root-authentication-method=normal \
  --user="$(id -un)" >"$WORK/install.log" 2>&1
"$MARIADBD" --no-defaults --datadir="$WORK/db" --port="$DB_PORT" --bind-address=127.0.0.1 \
  --socket="$WORK/db.sock" --pid-file="$WORK/db.pid" --user="$(id -un)" \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci >>"$WORK/db.log" 2>&1 &
DB_PID=$!
trap 'kill $PID_A $PID_B 2>/dev/null || true; wait $PID_A $PID_B 2>/dev/null || true; kill $DB_PID 2>/dev/null || true; wait $DB_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 60); do
  mariadb --no-defaults -h 127.0.0.1 -P "$DB_PORT" -u root -e 'SELECT 1' >/dev/null 2>&1 && break
  sleep 0.5
done
mariadb --no-defaults -h 127.0.0.1 -P "$DB_PORT" -u root \
  -e "CREATE DATABASE alurkinerja CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

ENV=(DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/alurkinerja" DB_USER=root DB_PASSWORD= DEMO=true
  ALUR_SLA_WATCH_EVERY=2s)
mkdir -p "$WORK/a" "$WORK/b"
start_app "$WORK/a" "$PORT_A" "${ENV[@]}"
PID_A=$APP_PID
start_app "$WORK/b" "$PORT_B" "${ENV[@]}"
PID_B=$APP_PID
BASE="http://127.0.0.1:$PORT_B" wait_ready
BASE="http://127.0.0.1:$PORT_A"
wait_ready

STAF=$(login staf); KASUBBAG=$(login kasubbag); SEKCAM=$(login sekcam); CAMAT=$(login camat)
ARSIP=$(login arsip); ADMIN=$(login admin)
KEC=$(api "$STAF" GET /api/v1/me | jq -r .kecamatan.id)
# a tenggat surely past: the latest weekday at least three days ago
TENGGAT=$(python3 -c 'import datetime as d
t=d.date.today()-d.timedelta(days=3)
while t.weekday()>4: t-=d.timedelta(days=1)
print(t)')

# the demo's last year is the imported 2025: 2026 clones it (the private database is fresh)
cycle=$(api "$STAF" POST /api/v1/cycles "{\"kecamatanId\":$KEC,\"year\":2026}" | jq -r .id)
form=$(api "$STAF" POST "/api/v1/cycles/$cycle/forms" '{"source":"PREVIOUS_YEAR"}' | jq -r .id)
if [ "$cycle" = null ] || [ "$form" = null ]; then
  echo "could not start the 2026 cycle and its form (cycle=$cycle form=$form)" >&2
  exit 1
fi
etag=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $STAF" "$BASE/api/v1/forms/$form" | tr -d '\r' \
  | sed -n 's/^[Ee][Tt]ag: //p')
content=$(api "$STAF" GET "/api/v1/forms/$form" | jq -c --arg t "$TENGGAT" \
  '.content | .letter.deadline = $t | .letter.body = "Mohon mengisi data kinerja (uji dua instans)."')
curl -s -f -o /dev/null -X PUT -H "Authorization: Bearer $STAF" -H 'Content-Type: application/json' \
  -H "If-Match: $etag" -d "$content" "$BASE/api/v1/forms/$form/content"
api "$STAF" POST "/api/v1/forms/$form/correction-requests" >/dev/null
api "$KASUBBAG" POST "/api/v1/forms/$form/corrections" '{"decision":"FORWARD"}' >/dev/null
sha=$(api "$STAF" GET "/api/v1/forms/$form" | jq -r .contentSha256)
api "$SEKCAM" POST "/api/v1/forms/$form/parafs" "{\"decision\":\"APPROVE\",\"contentSha256\":\"$sha\"}" >/dev/null
api "$CAMAT" POST "/api/v1/forms/$form/signatures" "{\"decision\":\"APPROVE\",\"contentSha256\":\"$sha\"}" >/dev/null
api "$ARSIP" POST "/api/v1/forms/$form/letter-number" '{}' >/dev/null
api "$KASUBBAG" POST "/api/v1/forms/$form/dispatches" >/dev/null
for head in $(api "$ADMIN" GET "/api/v1/kecamatan/$KEC/users?limit=200" \
    | jq -r '.items[] | select(.unitId != null and (.roles | index("KASI") or index("KASUBBAG"))) | .username'); do
  token=$(login "$head")
  for dispatch in $(api "$token" GET /api/v1/dispatches | jq -r ".[] | select(.formId == $form and .state == \"SENT\") | .id"); do
    api "$token" POST "/api/v1/dispatches/$dispatch/receipts" >/dev/null
  done
done
units=$(sql "SELECT COUNT(*) FROM dispatch WHERE form_id = $form AND state = 'RECEIVED'")

# let both watches run for a while
sleep 20
overdue=$(sql "SELECT COUNT(*) FROM step_task WHERE cycle_id = $cycle AND work = 'FILL'")
claimed=$(sql "SELECT COUNT(*) FROM step_task WHERE cycle_id = $cycle AND work = 'FILL' AND overdue_notified_at IS NOT NULL")
told=$(sql "SELECT COUNT(*) FROM notification n JOIN step_task t ON t.id = n.step_task_id WHERE t.cycle_id = $cycle")
twice=$(sql "SELECT COUNT(*) FROM (SELECT user_id, step_task_id, kind FROM notification GROUP BY 1, 2, 3 HAVING COUNT(*) > 1) d")
untold=$(sql "SELECT COUNT(*) FROM step_task t WHERE t.cycle_id = $cycle AND t.work = 'FILL' AND NOT EXISTS
  (SELECT 1 FROM notification n WHERE n.step_task_id = t.id AND n.kind = 'TASK_OVERDUE')")
sekcam=$(sql "SELECT COUNT(*) FROM notification n JOIN step_task t ON t.id = n.step_task_id JOIN app_user u ON u.id = n.user_id
  WHERE t.cycle_id = $cycle AND u.username = 'sekcam' AND n.kind = 'OVERDUE_IN_KECAMATAN'")
sum_log() { { grep -o 'SLA watch: [0-9]*' "$1" || true; } | awk '{s += $3} END {print s + 0}'; }
by_a=$(sum_log "$WORK/a/app.log")
by_b=$(sum_log "$WORK/b/app.log")

echo "units_received=$units overdue_work=$overdue claimed=$claimed notifications=$told told_twice=$twice untold=$untold sekcam_told=$sekcam sent_by_a=$by_a sent_by_b=$by_b"
[ "$twice" = 0 ] && [ "$untold" = 0 ] && [ "$overdue" = "$units" ] && [ "$claimed" = "$overdue" ] \
  && [ "$sekcam" = "$overdue" ]
