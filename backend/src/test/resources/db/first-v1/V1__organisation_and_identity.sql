-- Organisation (kabupaten -> kecamatan -> unit), people and their positions, sessions, audit.
-- Times are stored in UTC; each kecamatan names its own time zone for working-day arithmetic.

CREATE TABLE kabupaten (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  code          VARCHAR(16)  NOT NULL,
  name          VARCHAR(120) NOT NULL,
  created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT uq_kabupaten_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kecamatan (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  kabupaten_id      BIGINT       NOT NULL,
  code              VARCHAR(16)  NOT NULL,
  name              VARCHAR(120) NOT NULL,
  time_zone         VARCHAR(40)  NOT NULL DEFAULT 'Asia/Jakarta',
  pengelola_unit_id BIGINT       NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  created_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT uq_kecamatan_code UNIQUE (code),
  CONSTRAINT fk_kecamatan_kabupaten FOREIGN KEY (kabupaten_id) REFERENCES kabupaten (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_unit (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  kecamatan_id  BIGINT       NOT NULL,
  code          VARCHAR(32)  NOT NULL,
  name          VARCHAR(160) NOT NULL,
  kind          VARCHAR(16)  NOT NULL,
  reporting     BOOLEAN      NOT NULL DEFAULT TRUE,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  sort_order    INT          NOT NULL DEFAULT 0,
  version       BIGINT       NOT NULL DEFAULT 0,
  created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT uq_unit_code UNIQUE (kecamatan_id, code),
  CONSTRAINT uq_unit_name UNIQUE (kecamatan_id, name),
  CONSTRAINT fk_unit_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
  CONSTRAINT ck_unit_kind CHECK (kind IN ('SUBBAG', 'SEKSI'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE kecamatan
  ADD CONSTRAINT fk_kecamatan_pengelola FOREIGN KEY (pengelola_unit_id) REFERENCES org_unit (id);

CREATE TABLE app_user (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  username         VARCHAR(64)  NOT NULL,
  password_hash    VARCHAR(100) NOT NULL,
  full_name        VARCHAR(160) NOT NULL,
  employment       VARCHAR(16)  NOT NULL,
  nip              VARCHAR(18)  NULL,
  jabatan          VARCHAR(160) NOT NULL,
  pangkat_golongan VARCHAR(80)  NULL,
  kabupaten_id     BIGINT       NOT NULL,
  kecamatan_id     BIGINT       NULL,
  unit_id          BIGINT       NULL,
  active           BOOLEAN      NOT NULL DEFAULT TRUE,
  password_changed_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  version          BIGINT       NOT NULL DEFAULT 0,
  created_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT uq_user_username UNIQUE (username),
  CONSTRAINT uq_user_nip UNIQUE (nip),
  CONSTRAINT fk_user_kabupaten FOREIGN KEY (kabupaten_id) REFERENCES kabupaten (id),
  CONSTRAINT fk_user_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
  CONSTRAINT fk_user_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT ck_user_employment CHECK (employment IN ('PNS', 'PPPK', 'NON_ASN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_role (
  user_id  BIGINT      NOT NULL,
  role     VARCHAR(16) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Plt./Plh.: a user acts in a position (role at a kecamatan, optionally a unit) for a date range.
CREATE TABLE acting_assignment (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id       BIGINT       NOT NULL,
  kind          VARCHAR(8)   NOT NULL,
  role          VARCHAR(16)  NOT NULL,
  kecamatan_id  BIGINT       NOT NULL,
  unit_id       BIGINT       NULL,
  starts_on     DATE         NOT NULL,
  ends_on       DATE         NOT NULL,
  basis         VARCHAR(200) NULL,
  created_by    BIGINT       NOT NULL,
  created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  revoked_at    TIMESTAMP(6) NULL,
  revoked_by    BIGINT       NULL,
  CONSTRAINT fk_acting_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT fk_acting_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
  CONSTRAINT fk_acting_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT ck_acting_kind CHECK (kind IN ('PLT', 'PLH')),
  CONSTRAINT ck_acting_dates CHECK (ends_on >= starts_on),
  INDEX ix_acting_user (user_id, starts_on, ends_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Refresh tokens are stored only as SHA-256 hashes; a family is one login's chain of rotations.
CREATE TABLE refresh_token (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  family_id     CHAR(36)     NOT NULL,
  user_id       BIGINT       NOT NULL,
  token_hash    CHAR(64)     NOT NULL,
  issued_at     TIMESTAMP(6) NOT NULL,
  expires_at    TIMESTAMP(6) NOT NULL,
  used_at       TIMESTAMP(6) NULL,
  revoked_at    TIMESTAMP(6) NULL,
  revoked_reason VARCHAR(32) NULL,
  CONSTRAINT uq_refresh_hash UNIQUE (token_hash),
  CONSTRAINT fk_refresh_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  INDEX ix_refresh_family (family_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed logins, kept in the database so throttling holds across several instances.
CREATE TABLE login_failure (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  account_key    VARCHAR(64)  NOT NULL,
  client_address VARCHAR(64)  NOT NULL,
  failed_at      TIMESTAMP(6) NOT NULL,
  INDEX ix_login_failure_account (account_key, failed_at),
  INDEX ix_login_failure_address (client_address, failed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only audit trail: who did what, in which capacity, when.
CREATE TABLE audit_event (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  occurred_at   TIMESTAMP(6) NOT NULL,
  kabupaten_id  BIGINT       NULL,
  kecamatan_id  BIGINT       NULL,
  actor_user_id BIGINT       NULL,
  actor_name    VARCHAR(160) NULL,
  acting_for    VARCHAR(200) NULL,
  action        VARCHAR(64)  NOT NULL,
  object_type   VARCHAR(32)  NOT NULL,
  object_id     BIGINT       NULL,
  from_state    VARCHAR(32)  NULL,
  to_state      VARCHAR(32)  NULL,
  reason        VARCHAR(2000) NULL,
  detail        TEXT         NULL,
  INDEX ix_audit_object (object_type, object_id),
  INDEX ix_audit_kecamatan (kecamatan_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
