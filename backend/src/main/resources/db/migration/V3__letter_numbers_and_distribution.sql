-- SOP steps 5-6: the kecamatan's outgoing-letter register (buku agenda surat keluar) and the
-- distribution of the signed form to the units, with receipts.

ALTER TABLE kecamatan
  ADD COLUMN letter_number_pattern VARCHAR(120) NOT NULL DEFAULT '{classification}/{seq}/Kec.{kecamatan}/{year}',
  ADD COLUMN letter_classification VARCHAR(40) NOT NULL DEFAULT '000.1.5',
  ADD COLUMN letter_sequence_start INT NOT NULL DEFAULT 1;

-- One row per kecamatan and year, locked while a number is taken: numbers are gap-free and unique.
CREATE TABLE letter_counter (
  kecamatan_id BIGINT NOT NULL,
  year         INT    NOT NULL,
  next_seq     INT    NOT NULL,
  PRIMARY KEY (kecamatan_id, year),
  CONSTRAINT fk_letter_counter_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE letter_number (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  kecamatan_id    BIGINT       NOT NULL,
  year            INT          NOT NULL,
  seq             INT          NOT NULL,
  number          VARCHAR(160) NOT NULL,
  letter_date     DATE         NOT NULL,
  classification  VARCHAR(40)  NOT NULL,
  subject         VARCHAR(300) NOT NULL,
  kind            VARCHAR(16)  NOT NULL,
  form_id         BIGINT       NULL,
  signed_sha256   CHAR(64)     NULL,
  created_by      BIGINT       NOT NULL,
  created_at      TIMESTAMP(6) NOT NULL,
  CONSTRAINT uq_letter_seq UNIQUE (kecamatan_id, year, seq),
  CONSTRAINT uq_letter_number UNIQUE (kecamatan_id, number),
  CONSTRAINT uq_letter_form UNIQUE (form_id),
  CONSTRAINT fk_letter_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
  CONSTRAINT fk_letter_form FOREIGN KEY (form_id) REFERENCES form (id),
  CONSTRAINT ck_letter_kind CHECK (kind IN ('FORM_LETTER', 'MANUAL'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One dispatch per addressed unit; the receiving unit's head confirms receipt.
CREATE TABLE dispatch (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  form_id           BIGINT       NOT NULL,
  kecamatan_id      BIGINT       NOT NULL,
  unit_id           BIGINT       NOT NULL,
  state             VARCHAR(16)  NOT NULL,
  sent_at           TIMESTAMP(6) NOT NULL,
  sent_by           BIGINT       NOT NULL,
  received_at       TIMESTAMP(6) NULL,
  received_by       BIGINT       NULL,
  received_by_name  VARCHAR(160) NULL,
  received_capacity VARCHAR(200) NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_dispatch UNIQUE (form_id, unit_id),
  CONSTRAINT fk_dispatch_form FOREIGN KEY (form_id) REFERENCES form (id),
  CONSTRAINT fk_dispatch_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT ck_dispatch_state CHECK (state IN ('SENT', 'RECEIVED')),
  INDEX ix_dispatch_unit (unit_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
