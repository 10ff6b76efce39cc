-- Machine access for kabupaten systems and scripts (docs/decisions/014), and the lock the one-time
-- bootstrap of a production install's first kabupaten ADMIN takes.

INSERT INTO startup_lock (name) VALUES ('admin-bootstrap');

-- A login is a person (password, refresh tokens) or a service account of a kabupaten system, which
-- only ever gets tokens through OAuth 2.0 client credentials and never logs in with a password.
ALTER TABLE app_user
  ADD COLUMN account_kind VARCHAR(8) NOT NULL DEFAULT 'PERSON',
  ADD CONSTRAINT ck_user_account_kind CHECK (account_kind IN ('PERSON', 'SERVICE'));

-- The credentials of a service account. The secret is 256 random bits, so it is stored as its SHA-256
-- (a slow hash adds nothing to a secret nobody can guess). On rotation the previous secret may keep
-- working for a grace period so a kabupaten system can be switched over without downtime.
CREATE TABLE service_client (
  id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id                     BIGINT       NOT NULL,
  kabupaten_id                BIGINT       NOT NULL,
  client_id                   VARCHAR(64)  NOT NULL,
  name                        VARCHAR(160) NOT NULL,
  scopes                      VARCHAR(400) NOT NULL,
  secret_hash                 CHAR(64)     NOT NULL,
  secret_expires_at           TIMESTAMP(6) NOT NULL,
  previous_secret_hash        CHAR(64)     NULL,
  previous_secret_expires_at  TIMESTAMP(6) NULL,
  revoked_at                  TIMESTAMP(6) NULL,
  created_by                  BIGINT       NOT NULL,
  version                     BIGINT       NOT NULL DEFAULT 0,
  created_at                  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at                  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT uq_service_client_client UNIQUE (client_id),
  CONSTRAINT uq_service_client_user UNIQUE (user_id),
  CONSTRAINT fk_service_client_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT fk_service_client_kabupaten FOREIGN KEY (kabupaten_id) REFERENCES kabupaten (id),
  CONSTRAINT fk_service_client_creator FOREIGN KEY (created_by) REFERENCES app_user (id),
  INDEX ix_service_client_kabupaten (kabupaten_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Personal API tokens of officials' scripts: a signed token whose id (the JWT's jti) is looked up on
-- every request, so revoking it or its owner takes effect at once. The token itself is never stored.
CREATE TABLE api_token (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  token_id    CHAR(36)      NOT NULL,
  user_id     BIGINT        NOT NULL,
  name        VARCHAR(100)  NOT NULL,
  verbs       VARCHAR(1000) NULL,
  expires_at  TIMESTAMP(6)  NOT NULL,
  revoked_at  TIMESTAMP(6)  NULL,
  created_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT uq_api_token_token UNIQUE (token_id),
  CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  INDEX ix_api_token_user (user_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
