#!/usr/bin/env bash
# Makes the screenshots in docs/screenshots from a running server with the demo data (the README's run
# command): three SOP walks give a signed recap, one waiting for the Camat's signature and a form whose
# units wait for verification; then Chromium photographs the main screens at 1280 × 800 and 360 × 740.
#
#   BASE_URL=http://localhost:8080 scripts/screenshots.sh
#
# Needs curl, jq, node (with frontend/node_modules installed) and Debian's chromium.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export BASE_URL=${BASE_URL:-http://localhost:8080}
export ALUR_API=$BASE_URL/api/v1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

SIGNED=$(OUT=$WORK "$ROOT/scripts/sop-walk.sh" | tee /dev/stderr | sed -nE 's/^SOP selesai: rekap ([0-9]+) .*/\1/p')
WAITING=$(STOP_AT=11 "$ROOT/scripts/sop-walk.sh" | tee /dev/stderr | sed -nE 's/^Berhenti di langkah 11: rekap ([0-9]+) .*/\1/p')
VERIFY=$(STOP_AT=7 "$ROOT/scripts/sop-walk.sh" | tee /dev/stderr | sed -nE 's/^Berhenti di langkah 7: formulir ([0-9]+) .*/\1/p')
source "$ROOT/scripts/lib.sh"
CYCLE=$(call "$(login sekcam)" GET "/forms/$VERIFY" | jq -r .cycleId)

cd "$ROOT/frontend"
SIGNED_RECAP=$SIGNED WAITING_RECAP=$WAITING VERIFY_FORM=$VERIFY CYCLE=$CYCLE SHOTS_DIR="$ROOT/docs/screenshots" \
  node scripts/screenshots.mjs
