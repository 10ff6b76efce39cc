#!/usr/bin/env bash
# kill -9 of the app while 50 workers run document transitions at once (each CREATEs a form, then
# EDITs its letter four times: 250 transitions, each with its audit entry); then restart on the same
# data and check that every transition answered 2xx is there with its audit entry, and that no form or
# content version exists without its entry (none half applied).
# Uses the embedded default in a data directory under /tmp (which must survive the restart too).
# KILL_AT (default 60 of 250) answers arrive before the kill. Prints the counts; exits 1 when an acknowledged write is missing or one is half applied.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/faults/lib.sh
ensure_jar

PORT=${PORT:-18081}
KILL_AT=${KILL_AT:-60} # answers received before the kill: the rest are in flight
DATA=$(mktemp -d /tmp/alur-kill9-XXXXXX)
trap 'stop_app; rm -rf "$DATA"' EXIT

start_app "$DATA" "$PORT"
wait_ready
STAF=$(login staf)
KEC=$(api "$STAF" GET /api/v1/me | jq -r .kecamatan.id)

: >"$DATA/cycles"
for year in $(seq 2030 2079); do
  api "$STAF" POST /api/v1/cycles "{\"kecamatanId\":$KEC,\"year\":$year}" | jq -r .id >>"$DATA/cycles"
done

: >"$DATA/answers"
# each worker: CREATE its cycle's form, then EDIT its letter four times (each a transition with its
# audit entry and a new content version); every answer is recorded as "form action status"
worker() {
  local cycle=$1 out code form etag content
  out=$(curl -s -m 30 -w '\n%{http_code}' -X POST -H "Authorization: Bearer $STAF" \
    -H 'Content-Type: application/json' -d '{"source":"EMPTY"}' "$BASE/api/v1/cycles/$cycle/forms" || true)
  code=$(tail -n1 <<<"$out")
  form=$(head -n-1 <<<"$out" | jq -r '.id // empty' 2>/dev/null || true)
  echo "${form:-cycle$cycle} CREATE $code" >>"$DATA/answers"
  [[ "$code" == 2* ]] || return 0
  for n in 1 2 3 4; do
    etag=$(curl -s -m 30 -D - -o "$DATA/form.$form" -H "Authorization: Bearer $STAF" "$BASE/api/v1/forms/$form" \
      | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}') || return 0
    content=$(jq -c --arg n "$n" '.content | .letter.body = ("Isi surat, perbaikan ke-" + $n)' "$DATA/form.$form") \
      || return 0
    code=$(curl -s -m 30 -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $STAF" \
      -H 'Content-Type: application/json' -H "If-Match: $etag" -d "$content" \
      "$BASE/api/v1/forms/$form/content" || echo 000)
    echo "$form EDIT $code" >>"$DATA/answers"
  done
}
for cycle in $(cat "$DATA/cycles"); do
  worker "$cycle" &
done
for _ in $(seq 1 300); do
  [ "$(wc -l <"$DATA/answers")" -ge "$KILL_AT" ] && break
  sleep 0.1
done
kill -9 "$APP_PID"
answered=$(wc -l <"$DATA/answers")
wait 2>/dev/null || true
echo "killed the app (pid $APP_PID) with $answered of 250 transitions answered"

start_app "$DATA" "$PORT"
wait_ready
STAF=$(login staf)

acknowledged=$(grep -c ' 2[0-9][0-9]$' "$DATA/answers" || true)
missing=0 forms=0 half=0
for cycle in $(cat "$DATA/cycles"); do
  form=$(api "$STAF" GET "/api/v1/cycles/$cycle" | jq -r '.formId // empty')
  [ -z "$form" ] && continue
  forms=$((forms + 1))
  timeline=$(api "$STAF" GET "/api/v1/forms/$form/timeline")
  creates=$(jq 'map(select(.action == "CREATE")) | length' <<<"$timeline")
  edits=$(jq 'map(select(.action == "EDIT")) | length' <<<"$timeline")
  versions=$(api "$STAF" GET "/api/v1/forms/$form/versions" | jq 'length')
  acked_create=$(grep -c "^$form CREATE 2" "$DATA/answers" || true)
  acked_edits=$(grep -c "^$form EDIT 2" "$DATA/answers" || true)
  # an acknowledged transition without its audit entry is lost; a version without its entry is half applied
  [ "$creates" -lt "$acked_create" ] && missing=$((missing + 1))
  [ "$edits" -lt "$acked_edits" ] && missing=$((missing + acked_edits - edits))
  [ "$creates" != 1 ] || [ "$versions" != $((edits + 1)) ] && half=$((half + 1))
done
# a CREATE answered 2xx whose cycle shows no form is lost too
for form in $(awk '$2 == "CREATE" && $3 ~ /^2/ {print $1}' "$DATA/answers"); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $STAF" "$BASE/api/v1/forms/$form")" = 200 ] \
    || missing=$((missing + 1))
done
grep -q "left running by an earlier run" "$DATA/app.log" && orphan=stopped || orphan=none

total=$(wc -l <"$DATA/answers")
echo "answers=$total acknowledged_2xx=$acknowledged forms=$forms acknowledged_missing=$missing half_applied=$half orphan_mariadbd=$orphan"
[ "$missing" = 0 ] && [ "$half" = 0 ]
