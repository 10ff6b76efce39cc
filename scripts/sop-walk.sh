#!/usr/bin/env bash
# Walks the whole SOP Pengumpulan Data Kinerja through the API for the demo Kecamatan Bulu and all
# seven of its units: steps 1-6 (format, correction, paraf, signature, number, distribution), step 7
# (every unit fills and submits; the Sekcam returns one once, then verifies all), steps 8-11 (recap,
# validation, paraf, signature), and downloads the signed recap's PDF.
#
#   ALUR_API=http://localhost:8080/api/v1 YEAR=2040 scripts/sop-walk.sh
#
# YEAR defaults to 2026 (it clones the demo's imported 2025), then to the first free pair of years
# from 2001 (the year before gets the demo's format imported: the browser tests use 2027 on). STOP_AT=7 stops once every unit has
# submitted, before the Sekcam verifies (to try the verification yourself); STOP_AT=11 once the recap is
# validated and initialled, before the Camat signs. Needs curl and jq.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

STAF=$(login staf); KASUBBAG=$(login kasubbag); SEKCAM=$(login sekcam); CAMAT=$(login camat); ARSIP=$(login arsip)
HEADS=(kasubbag kasubbag.umum kasi kasi.trantib kasi.pmd kasi.kesos kasi.pelayanan)
KEC=$(call "$STAF" GET /me | jq -r .kecamatan.id)
TAKEN=$(call "$STAF" GET "/cycles?kecamatanId=$KEC" | jq -c '[.[].year]')
if [ -z "${YEAR:-}" ]; then
  # 2026 clones the demo's 2025; else the first year from 2001 to 2026 free with the year before it
  YEAR=$(jq -n --argjson taken "$TAKEN" 'if ($taken | index(2026)) == null then 2026
    else first(range(2002; 2026; 2) | select(. as $y | ($taken | index($y)) == null and ($taken | index($y - 1)) == null))
    end')
fi
say "Tahun $YEAR, kecamatan $KEC"
# step 1 clones last year's signed or imported format; without one, the demo's format is imported as it
if [ "$(jq -n --argjson taken "$TAKEN" --argjson y "$YEAR" '$taken | index($y - 1) != null')" = false ]; then
  PREVIOUS=$(send "$STAF" POST /cycles "{\"kecamatanId\": $KEC, \"year\": $((YEAR - 1))}" | jq -r .id)
  call "$STAF" POST "/cycles/$PREVIOUS/forms/import" -H 'Content-Type: text/csv' \
    --data-binary @"$(dirname "$0")/data/format-tahun-lalu.csv" > /dev/null
  say "format tahun $((YEAR - 1)) diimpor dari scripts/data/format-tahun-lalu.csv"
fi

# Step 1: the Staf starts the cycle, takes last year's format and writes the letter
CYCLE=$(send "$STAF" POST /cycles "{\"kecamatanId\": $KEC, \"year\": $YEAR}" | jq -r .id)
FORM=$(send "$STAF" POST "/cycles/$CYCLE/forms" '{"source": "PREVIOUS_YEAR"}' | jq -r .id)
CONTENT=$(call "$STAF" GET "/forms/$FORM" | jq --arg y "$YEAR" \
  '.content | .letter.body = "Mohon setiap unit kerja mengisi format data kinerja tahun \($y)." | .letter.deadline = "\($y | tonumber + 1)-01-15"')
send "$STAF" PUT "/forms/$FORM/content" "$CONTENT" -H "If-Match: $(etag "$STAF" "/forms/$FORM")" > /dev/null
send "$STAF" POST "/forms/$FORM/correction-requests" '{}' > /dev/null
say "1. format dan surat dibuat (formulir $FORM)"

# Step 2: the Kasubbag forwards it (or returns it: {"decision": "RETURN", "reason": "…"})
send "$KASUBBAG" POST "/forms/$FORM/corrections" '{"decision": "FORWARD"}' > /dev/null
say "2. dikoreksi dan diteruskan"

# Steps 3-4: paraf by the Sekcam, signature by the Camat, each bound to the version they read
# (or "Tidak": {"decision": "REFUSE", "contentSha256": "…", "reason": "…"} sends it back to the Staf)
SHA=$(call "$SEKCAM" GET "/forms/$FORM" | jq -r .contentSha256)
send "$SEKCAM" POST "/forms/$FORM/parafs" "{\"decision\": \"APPROVE\", \"contentSha256\": \"$SHA\"}" > /dev/null
send "$CAMAT" POST "/forms/$FORM/signatures" "{\"decision\": \"APPROVE\", \"contentSha256\": \"$SHA\"}" > /dev/null
say "3-4. diparaf dan ditandatangani"

# Step 5: the clerk numbers the letter; steps 5-6: the Kasubbag distributes it to the units
NUMBER=$(send "$ARSIP" POST "/forms/$FORM/letter-number" '{}' | jq -r .letterNumber.number)
send "$KASUBBAG" POST "/forms/$FORM/dispatches" '{}' > /dev/null
say "5-6. nomor $NUMBER, dibagikan ke unit"

# Step 6-7: each unit head confirms receipt, fills every indicator (at its target) and submits
SUBMISSIONS=()
for HEAD in "${HEADS[@]}"; do
  T=$(login "$HEAD")
  for D in $(call "$T" GET /dispatches | jq -r --argjson f "$FORM" '.[] | select(.formId == $f and .state == "SENT") | .id'); do
    call "$T" POST "/dispatches/$D/receipts" > /dev/null
  done
  S=$(call "$T" GET /tasks | jq -r --argjson f "$FORM" 'first(.[] | select(.kind == "SUBMISSION" and .formId == $f)) | .submissionId')
  VALUES=$(call "$T" GET "/submissions/$S" | jq '{values: [.indicators[] |
    if .dataType == "text" then {indicatorCode: .code, text: "Tercapai"} else {indicatorCode: .code, value: (.target // 1)} end]}')
  send "$T" PUT "/submissions/$S" "$VALUES" -H "If-Match: $(etag "$T" "/submissions/$S")" > /dev/null
  call "$T" POST "/submissions/$S/submittals" > /dev/null
  SUBMISSIONS+=("$HEAD:$S")
  say "6-7. $HEAD menerima, mengisi dan mengirim data ($S)"
done

if [ "${STOP_AT:-}" = 7 ]; then
  echo "Berhenti di langkah 7: formulir $FORM tahun $YEAR, data ketujuh unit menunggu verifikasi Sekcam"
  exit 0
fi

# Step 7: the Sekcam returns the first unit's data once, its head corrects and resubmits; then all are verified
FIRST=${SUBMISSIONS[0]}; FIRST_HEAD=${FIRST%%:*}; FIRST_ID=${FIRST##*:}
send "$SEKCAM" POST "/submissions/$FIRST_ID/verifications" \
  '{"decision": "RETURN", "reason": "Mohon periksa kembali dengan laporan bulanan"}' > /dev/null
T=$(login "$FIRST_HEAD")
send "$T" PUT "/submissions/$FIRST_ID" "$(call "$T" GET "/submissions/$FIRST_ID" | jq '{values: [.indicators[] |
  if .dataType == "text" then {indicatorCode: .code, text: "Tercapai (diperiksa)"} else {indicatorCode: .code, value: (.target // 1)} end]}')" \
  -H "If-Match: $(etag "$T" "/submissions/$FIRST_ID")" > /dev/null
call "$T" POST "/submissions/$FIRST_ID/submittals" > /dev/null
for ENTRY in "${SUBMISSIONS[@]}"; do
  send "$SEKCAM" POST "/submissions/${ENTRY##*:}/verifications" '{"decision": "VERIFY"}' > /dev/null
done
say "7. satu dikembalikan lalu diperbaiki; ketujuh unit diverifikasi"

# Step 8: the Staf consolidates the verified data and asks for validation
RECAP=$(call "$STAF" POST "/forms/$FORM/recaps" | jq -r .id)
for UNIT in $(call "$STAF" GET "/recaps/$RECAP" | jq -r '.units[].unitId'); do
  send "$STAF" POST "/recaps/$RECAP/entries" "{\"unitId\": $UNIT}" > /dev/null
done
call "$STAF" POST "/recaps/$RECAP/validation-requests" > /dev/null
say "8. rekap $RECAP disusun"

# Steps 9-11: validation by the Kasubbag, paraf by the Sekcam, signature by the Camat
SHA=$(call "$STAF" GET "/recaps/$RECAP" | jq -r .contentSha256)
send "$KASUBBAG" POST "/recaps/$RECAP/validations" "{\"decision\": \"VALIDATE\", \"contentSha256\": \"$SHA\"}" > /dev/null
send "$SEKCAM" POST "/recaps/$RECAP/parafs" "{\"decision\": \"APPROVE\", \"contentSha256\": \"$SHA\"}" > /dev/null
if [ "${STOP_AT:-}" = 11 ]; then
  echo "Berhenti di langkah 11: rekap $RECAP tahun $YEAR divalidasi dan diparaf ($(call "$CAMAT" GET "/recaps/$RECAP" | jq -r .state)), menunggu tanda tangan Camat"
  exit 0
fi
STATE=$(send "$CAMAT" POST "/recaps/$RECAP/signatures" "{\"decision\": \"APPROVE\", \"contentSha256\": \"$SHA\"}" | jq -r .state)
say "9-11. divalidasi, diparaf, ditandatangani: $STATE"

# The signed recap as the PDF that was issued
DOC=$(call "$CAMAT" GET "/recaps/$RECAP/documents" | jq -r '.[0].id')
call "$CAMAT" GET "/documents/$DOC/pdf" -o "${OUT:-.}/rekap-$YEAR.pdf"
echo "SOP selesai: rekap $RECAP tahun $YEAR $STATE, PDF ${OUT:-.}/rekap-$YEAR.pdf"
