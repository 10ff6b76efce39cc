-- SOP steps 1-4: a kecamatan's yearly cycle, its versioned form (format data kinerja + surat
-- pemberitahuan), correction notes, and the parafs/signatures bound to a version's SHA-256.

CREATE TABLE cycle (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  kecamatan_id  BIGINT       NOT NULL,
  year          INT          NOT NULL,
  title         VARCHAR(160) NOT NULL,
  created_by    BIGINT       NOT NULL,
  created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT uq_cycle_year UNIQUE (kecamatan_id, year),
  CONSTRAINT fk_cycle_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
  CONSTRAINT ck_cycle_year CHECK (year BETWEEN 2000 AND 2100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE form (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  cycle_id            BIGINT       NOT NULL,
  kecamatan_id        BIGINT       NOT NULL,
  state               VARCHAR(24)  NOT NULL,
  origin              VARCHAR(16)  NOT NULL,
  cloned_from_form_id BIGINT       NULL,
  current_version     INT          NOT NULL,
  round               INT          NOT NULL DEFAULT 1,
  state_changed_at    TIMESTAMP(6) NOT NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  created_at          TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT uq_form_cycle UNIQUE (cycle_id),
  CONSTRAINT fk_form_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
  CONSTRAINT fk_form_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
  CONSTRAINT fk_form_cloned_from FOREIGN KEY (cloned_from_form_id) REFERENCES form (id),
  INDEX ix_form_state (kecamatan_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every saved change is a new version; old versions stay readable. content is canonical JSON.
CREATE TABLE form_version (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  form_id       BIGINT       NOT NULL,
  number        INT          NOT NULL,
  content       LONGTEXT     NOT NULL,
  content_sha256 CHAR(64)    NOT NULL,
  created_by    BIGINT       NOT NULL,
  state_at_save VARCHAR(24)  NOT NULL,
  created_at    TIMESTAMP(6) NOT NULL,
  CONSTRAINT uq_form_version UNIQUE (form_id, number),
  CONSTRAINT fk_form_version_form FOREIGN KEY (form_id) REFERENCES form (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Notes of a correction or refusal, general or about one indicator, shown to the Staf.
CREATE TABLE form_note (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  form_id         BIGINT        NOT NULL,
  form_version    INT           NOT NULL,
  indicator_code  VARCHAR(32)   NULL,
  text            VARCHAR(2000) NOT NULL,
  author_user_id  BIGINT        NOT NULL,
  author_capacity VARCHAR(200)  NOT NULL,
  created_at      TIMESTAMP(6)  NOT NULL,
  CONSTRAINT fk_form_note_form FOREIGN KEY (form_id) REFERENCES form (id),
  INDEX ix_form_note (form_id, form_version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A paraf or signature (or its refusal) by a named official in a capacity, bound to the SHA-256 of
-- the exact document version shown. Voided (never deleted) when the document goes back to draft.
CREATE TABLE approval (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  document_type    VARCHAR(16)   NOT NULL,
  document_id      BIGINT        NOT NULL,
  document_version INT           NOT NULL,
  content_sha256   CHAR(64)      NOT NULL,
  kind             VARCHAR(16)   NOT NULL,
  decision         VARCHAR(16)   NOT NULL,
  official_user_id BIGINT        NOT NULL,
  official_name    VARCHAR(160)  NOT NULL,
  official_nip     VARCHAR(18)   NULL,
  capacity_role    VARCHAR(16)   NOT NULL,
  acting_kind      VARCHAR(8)    NULL,
  capacity_title   VARCHAR(200)  NOT NULL,
  reason           VARCHAR(2000) NULL,
  approved_at      TIMESTAMP(6)  NOT NULL,
  voided_at        TIMESTAMP(6)  NULL,
  voided_reason    VARCHAR(200)  NULL,
  CONSTRAINT fk_approval_user FOREIGN KEY (official_user_id) REFERENCES app_user (id),
  CONSTRAINT ck_approval_kind CHECK (kind IN ('PARAF', 'SIGNATURE')),
  CONSTRAINT ck_approval_decision CHECK (decision IN ('APPROVED', 'REFUSED')),
  INDEX ix_approval_document (document_type, document_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Replays of POSTs that carried an Idempotency-Key: same key and body, same answer.
CREATE TABLE idempotency_record (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id        BIGINT       NOT NULL,
  idem_key       VARCHAR(200) NOT NULL,
  request_sha256 CHAR(64)     NOT NULL,
  status         INT          NOT NULL,
  location       VARCHAR(500) NULL,
  body           LONGTEXT     NULL,
  created_at     TIMESTAMP(6) NOT NULL,
  CONSTRAINT uq_idempotency UNIQUE (user_id, idem_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
