-- Signed documents: the letterhead (kop surat) of each kecamatan and every PDF the SOP issues, stored
-- once and never changed, with its SHA-256, the content version it was made from and the short code its
-- QR links to. The file itself lives in its own table so that listing documents never reads PDFs.

-- The kop surat. Without a row a kecamatan prints its name and its kabupaten's only (and no logo).
CREATE TABLE letterhead (
  kecamatan_id  BIGINT        NOT NULL PRIMARY KEY,
  address       VARCHAR(300)  NULL,
  contact       VARCHAR(300)  NULL,
  -- the place written before the date ("Bulu, 26 November 2026"); the kecamatan's name when empty
  place         VARCHAR(120)  NULL,
  -- the letter's tembusan, one addressee per line
  tembusan      VARCHAR(2000) NULL,
  logo          MEDIUMBLOB    NULL,
  logo_type     VARCHAR(32)   NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  updated_at    TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT fk_letterhead_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
  CONSTRAINT ck_letterhead_logo CHECK ((logo IS NULL AND logo_type IS NULL)
    OR (logo IS NOT NULL AND logo_type IN ('image/png', 'image/jpeg')))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One issued PDF. copy_key is the addressed unit of a copy, 0 for the original, so that each document
-- of a version is stored once (a unique key cannot hold a NULL apart).
CREATE TABLE issued_document (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  kecamatan_id       BIGINT       NOT NULL,
  cycle_id           BIGINT       NULL,
  kind               VARCHAR(32)  NOT NULL,
  source_type        VARCHAR(16)  NOT NULL,
  source_id          BIGINT       NOT NULL,
  source_version     INT          NOT NULL,
  source_sha256      CHAR(64)     NOT NULL,
  addressee_unit_id  BIGINT       NULL,
  copy_key           BIGINT       NOT NULL DEFAULT 0,
  code               VARCHAR(16)  NOT NULL,
  sha256             CHAR(64)     NOT NULL,
  size_bytes         INT          NOT NULL,
  pages              INT          NOT NULL,
  signature          VARCHAR(16)  NOT NULL,
  -- what the document says, as printed (the public verification page shows no more than this)
  facts              LONGTEXT     NOT NULL CHECK (JSON_VALID(facts)),
  created_by         BIGINT       NULL,
  created_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uq_issued_document_code UNIQUE (code),
  CONSTRAINT uq_issued_document_once UNIQUE (source_type, source_id, source_sha256, kind, copy_key),
  CONSTRAINT fk_issued_document_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
  CONSTRAINT ck_issued_document_signature CHECK (signature IN ('NONE', 'PADES')),
  INDEX ix_issued_document_source (source_type, source_id),
  INDEX ix_issued_document_kecamatan (kecamatan_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE issued_document_file (
  document_id  BIGINT   NOT NULL PRIMARY KEY,
  pdf          LONGBLOB NOT NULL,
  CONSTRAINT fk_issued_document_file FOREIGN KEY (document_id) REFERENCES issued_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
