-- Webhooks of kabupaten systems (docs/decisions/014). The outbox is the changes feed (V15): every change
-- writes its audit entry in its own transaction and is numbered in commit order after it; a dispatcher
-- walks the feed per subscription (last_seq) and writes one delivery per change it must send, then sends
-- it with retries. A delivery is never lost: it is a row before it is a request.
CREATE TABLE webhook_subscription (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  kabupaten_id          BIGINT        NOT NULL,
  owner_user_id         BIGINT        NOT NULL,
  url                   VARCHAR(2000) NOT NULL,
  secret                VARCHAR(100)  NOT NULL,
  event_types           VARCHAR(1000) NULL,
  last_seq              BIGINT        NOT NULL,
  consecutive_failures  INT           NOT NULL DEFAULT 0,
  disabled_at           TIMESTAMP(6)  NULL,
  deleted_at            TIMESTAMP(6)  NULL,
  version               BIGINT        NOT NULL DEFAULT 0,
  created_at            TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT fk_webhook_kabupaten FOREIGN KEY (kabupaten_id) REFERENCES kabupaten (id),
  CONSTRAINT fk_webhook_owner FOREIGN KEY (owner_user_id) REFERENCES app_user (id),
  INDEX ix_webhook_kabupaten (kabupaten_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webhook_delivery (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  subscription_id  BIGINT       NOT NULL,
  audit_event_id   BIGINT       NOT NULL,
  feed_seq         BIGINT       NOT NULL,
  status           VARCHAR(12)  NOT NULL,
  attempts         INT          NOT NULL DEFAULT 0,
  next_attempt_at  TIMESTAMP(6) NOT NULL,
  last_status      INT          NULL,
  last_error       VARCHAR(300) NULL,
  delivered_at     TIMESTAMP(6) NULL,
  created_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT fk_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id),
  CONSTRAINT fk_delivery_event FOREIGN KEY (audit_event_id) REFERENCES audit_event (id),
  CONSTRAINT ck_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
  INDEX ix_delivery_due (status, next_attempt_at),
  INDEX ix_delivery_subscription (subscription_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webhook_attempt (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  delivery_id   BIGINT       NOT NULL,
  attempted_at  TIMESTAMP(6) NOT NULL,
  status        INT          NULL,
  error         VARCHAR(300) NULL,
  millis        INT          NOT NULL,
  CONSTRAINT fk_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id),
  INDEX ix_attempt_delivery (delivery_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
