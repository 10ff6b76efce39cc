-- SOP step 7: each reporting unit's submission of realisasi, the Sekcam's verification and the
-- return loop. Every round a unit submits is kept as a snapshot with its hash.

CREATE TABLE submission (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  form_id              BIGINT        NOT NULL,
  kecamatan_id         BIGINT        NOT NULL,
  unit_id              BIGINT        NOT NULL,
  state                VARCHAR(16)   NOT NULL,
  round                INT           NOT NULL DEFAULT 0,
  returned_count       INT           NOT NULL DEFAULT 0,
  remarks              VARCHAR(4000) NULL,
  not_submitted_reason VARCHAR(2000) NULL,
  state_changed_at     TIMESTAMP(6)  NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  created_at           TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT uq_submission UNIQUE (form_id, unit_id),
  CONSTRAINT fk_submission_form FOREIGN KEY (form_id) REFERENCES form (id),
  CONSTRAINT fk_submission_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  INDEX ix_submission_state (kecamatan_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE submission_value (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  submission_id   BIGINT         NOT NULL,
  indicator_code  VARCHAR(32)    NOT NULL,
  value_number    DECIMAL(18, 4) NULL,
  value_text      VARCHAR(2000)  NULL,
  remark          VARCHAR(2000)  NULL,
  updated_by      BIGINT         NOT NULL,
  updated_at      TIMESTAMP(6)   NOT NULL,
  CONSTRAINT uq_submission_value UNIQUE (submission_id, indicator_code),
  CONSTRAINT fk_submission_value FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per time the unit submitted: the exact values sent, and the Sekcam's decision on them.
CREATE TABLE submission_round (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  submission_id   BIGINT        NOT NULL,
  round           INT           NOT NULL,
  content         LONGTEXT      NOT NULL,
  content_sha256  CHAR(64)      NOT NULL,
  submitted_by    BIGINT        NOT NULL,
  submitted_capacity VARCHAR(200) NOT NULL,
  submitted_at    TIMESTAMP(6)  NOT NULL,
  decision        VARCHAR(16)   NULL,
  decided_by      BIGINT        NULL,
  decided_capacity VARCHAR(200) NULL,
  decided_at      TIMESTAMP(6)  NULL,
  reason          VARCHAR(2000) NULL,
  CONSTRAINT uq_submission_round UNIQUE (submission_id, round),
  CONSTRAINT fk_submission_round FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The verifier's field-level notes on a returned round.
CREATE TABLE submission_note (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  submission_id   BIGINT        NOT NULL,
  round           INT           NOT NULL,
  indicator_code  VARCHAR(32)   NULL,
  reason_code     VARCHAR(24)   NOT NULL,
  text            VARCHAR(2000) NOT NULL,
  author_user_id  BIGINT        NOT NULL,
  author_capacity VARCHAR(200)  NOT NULL,
  created_at      TIMESTAMP(6)  NOT NULL,
  CONSTRAINT fk_submission_note FOREIGN KEY (submission_id) REFERENCES submission (id),
  INDEX ix_submission_note (submission_id, round)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
