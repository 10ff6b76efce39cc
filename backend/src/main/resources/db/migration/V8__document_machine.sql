-- One document machine: typed audit details, what a form's view shows kept on the form, each
-- cycle's progress through the SOP kept on the cycle, and indexes for the task inbox.

-- Databases created before V1 gained audit_event.capacity lack the column (V1 was edited after it
-- had landed; the V1 checksum is repaired at start-up, see LandedMigrations).
ALTER TABLE audit_event ADD COLUMN IF NOT EXISTS capacity VARCHAR(200) NULL AFTER actor_name;

-- Facts of an audit entry as a JSON object (AuditDetails); earlier entries keep their text in detail.
ALTER TABLE audit_event ADD COLUMN details LONGTEXT NULL CHECK (details IS NULL OR JSON_VALID(details));

-- The letter's number and date (step 5) and the units it went to and that confirmed receipt (step 6).
ALTER TABLE form
  ADD COLUMN letter_number   VARCHAR(120) NULL,
  ADD COLUMN letter_date     DATE         NULL,
  ADD COLUMN units_addressed INT          NOT NULL DEFAULT 0,
  ADD COLUMN units_received  INT          NOT NULL DEFAULT 0;

UPDATE form f JOIN letter_number n ON n.form_id = f.id
SET f.letter_number = n.number, f.letter_date = n.letter_date;

UPDATE form f
SET f.units_addressed = (SELECT COUNT(*) FROM dispatch d WHERE d.form_id = f.id),
    f.units_received = (SELECT COUNT(*) FROM dispatch d WHERE d.form_id = f.id AND d.state = 'RECEIVED');

-- Where each cycle stands: its status, the SOP step with work still open, its form and recaps.
ALTER TABLE cycle
  ADD COLUMN status            VARCHAR(16)  NOT NULL DEFAULT 'NOT_STARTED',
  ADD COLUMN step              INT          NOT NULL DEFAULT 0,
  ADD COLUMN form_id           BIGINT       NULL,
  ADD COLUMN recap_id          BIGINT       NULL,
  ADD COLUMN signed_recap_id   BIGINT       NULL,
  ADD COLUMN status_changed_at TIMESTAMP(6) NULL,
  ADD CONSTRAINT fk_cycle_form FOREIGN KEY (form_id) REFERENCES form (id),
  ADD CONSTRAINT fk_cycle_recap FOREIGN KEY (recap_id) REFERENCES recap (id),
  ADD CONSTRAINT fk_cycle_signed_recap FOREIGN KEY (signed_recap_id) REFERENCES recap (id),
  ADD CONSTRAINT ck_cycle_step CHECK (step BETWEEN 0 AND 11),
  ADD INDEX ix_cycle_progress (kecamatan_id, status, step);

UPDATE cycle c JOIN form f ON f.cycle_id = c.id
SET c.form_id = f.id,
    c.status = CASE WHEN f.state = 'IMPORTED' THEN 'IMPORTED' ELSE 'IN_PROGRESS' END,
    c.step = CASE f.state
      WHEN 'DRAFT' THEN 1 WHEN 'IN_CORRECTION' THEN 2 WHEN 'AWAITING_PARAF' THEN 3
      WHEN 'AWAITING_SIGNATURE' THEN 4 WHEN 'SIGNED' THEN 5 WHEN 'NUMBERED' THEN 5
      WHEN 'DISTRIBUTING' THEN 6 WHEN 'DISTRIBUTED' THEN 7 ELSE 0 END,
    c.status_changed_at = f.state_changed_at;

UPDATE cycle c
SET c.recap_id = (SELECT r.id FROM recap r WHERE r.form_id = c.form_id AND r.state <> 'SUPERSEDED'
                  ORDER BY r.id DESC LIMIT 1),
    c.signed_recap_id = (SELECT r.id FROM recap r WHERE r.form_id = c.form_id AND r.state = 'SIGNED'
                         ORDER BY r.id DESC LIMIT 1)
WHERE c.form_id IS NOT NULL;

-- Sent out and the recap still with the Staf: step 6 or 7 while a unit's data is outstanding, then 8.
UPDATE cycle c JOIN form f ON f.id = c.form_id LEFT JOIN recap r ON r.id = c.recap_id
SET c.step = CASE
      WHEN EXISTS (SELECT 1 FROM submission s WHERE s.form_id = f.id
                   AND s.state NOT IN ('VERIFIED', 'NOT_SUBMITTED'))
        THEN CASE f.state WHEN 'DISTRIBUTING' THEN 6 ELSE 7 END
      ELSE 8 END
WHERE f.state IN ('DISTRIBUTING', 'DISTRIBUTED') AND (r.id IS NULL OR r.state = 'DRAFT');

UPDATE cycle c JOIN recap r ON r.id = c.recap_id
SET c.step = CASE r.state WHEN 'AWAITING_VALIDATION' THEN 9 WHEN 'AWAITING_PARAF' THEN 10 ELSE 11 END,
    c.status = CASE WHEN r.state = 'SIGNED' THEN 'FINISHED' ELSE 'IN_PROGRESS' END,
    c.status_changed_at = r.state_changed_at
WHERE r.state <> 'DRAFT';

-- The Kasubbag's validation (step 9) is an approval like paraf and signature.
ALTER TABLE approval DROP CONSTRAINT ck_approval_kind;
ALTER TABLE approval ADD CONSTRAINT ck_approval_kind CHECK (kind IN ('VALIDATION', 'PARAF', 'SIGNATURE'));

-- The task inbox asks by unit and by kecamatan and state.
ALTER TABLE submission ADD INDEX ix_submission_unit (unit_id, state);
ALTER TABLE recap ADD INDEX ix_recap_state (kecamatan_id, state);
