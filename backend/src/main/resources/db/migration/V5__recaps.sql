-- SOP steps 8-11: the kecamatan recap consolidated from verified submissions, its corrections,
-- validation, paraf and signature; a ralat is a new recap that supersedes the signed one.

CREATE TABLE recap (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  form_id          BIGINT       NOT NULL,
  kecamatan_id     BIGINT       NOT NULL,
  state            VARCHAR(24)  NOT NULL,
  current_version  INT          NOT NULL,
  round            INT          NOT NULL DEFAULT 1,
  ralat_of         BIGINT       NULL,
  ralat_reason     VARCHAR(2000) NULL,
  superseded_by    BIGINT       NULL,
  state_changed_at TIMESTAMP(6) NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  created_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT fk_recap_form FOREIGN KEY (form_id) REFERENCES form (id),
  CONSTRAINT fk_recap_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
  CONSTRAINT fk_recap_ralat_of FOREIGN KEY (ralat_of) REFERENCES recap (id),
  INDEX ix_recap_form (form_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE recap_version (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  recap_id       BIGINT       NOT NULL,
  number         INT          NOT NULL,
  content        LONGTEXT     NOT NULL,
  content_sha256 CHAR(64)     NOT NULL,
  created_by     BIGINT       NOT NULL,
  created_at     TIMESTAMP(6) NOT NULL,
  CONSTRAINT uq_recap_version UNIQUE (recap_id, number),
  CONSTRAINT fk_recap_version FOREIGN KEY (recap_id) REFERENCES recap (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The history of every value in a recap: entered from a unit's verified submission, or corrected
-- by the Staf with a reason.
CREATE TABLE recap_value_event (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  recap_id       BIGINT         NOT NULL,
  recap_version  INT            NOT NULL,
  unit_id        BIGINT         NOT NULL,
  indicator_code VARCHAR(32)    NOT NULL,
  kind           VARCHAR(16)    NOT NULL,
  old_value      DECIMAL(18, 4) NULL,
  new_value      DECIMAL(18, 4) NULL,
  old_text       VARCHAR(2000)  NULL,
  new_text       VARCHAR(2000)  NULL,
  reason         VARCHAR(2000)  NULL,
  actor_user_id  BIGINT         NOT NULL,
  actor_name     VARCHAR(160)   NOT NULL,
  at             TIMESTAMP(6)   NOT NULL,
  CONSTRAINT fk_recap_value_event FOREIGN KEY (recap_id) REFERENCES recap (id),
  CONSTRAINT ck_recap_value_event CHECK (kind IN ('ENTERED', 'CORRECTED')),
  INDEX ix_recap_value_event (recap_id, indicator_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
