-- Evidence attachments of a submission (PDF, PNG/JPEG, XLSX/CSV), checked by content and stored
-- with their SHA-256 in 1 MiB chunks, so every instance reads them from the database.

CREATE TABLE attachment (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  submission_id   BIGINT       NOT NULL,
  kecamatan_id    BIGINT       NOT NULL,
  indicator_code  VARCHAR(32)  NULL,
  filename        VARCHAR(255) NOT NULL,
  media_type      VARCHAR(100) NOT NULL,
  size_bytes      BIGINT       NOT NULL,
  sha256          CHAR(64)     NOT NULL,
  uploaded_by     BIGINT       NOT NULL,
  uploaded_at     TIMESTAMP(6) NOT NULL,
  deleted_at      TIMESTAMP(6) NULL,
  deleted_by      BIGINT       NULL,
  CONSTRAINT fk_attachment_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
  INDEX ix_attachment_submission (submission_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE attachment_chunk (
  attachment_id BIGINT     NOT NULL,
  seq           INT        NOT NULL,
  data          MEDIUMBLOB NOT NULL,
  PRIMARY KEY (attachment_id, seq),
  CONSTRAINT fk_attachment_chunk FOREIGN KEY (attachment_id) REFERENCES attachment (id)
) ENGINE=InnoDB;
