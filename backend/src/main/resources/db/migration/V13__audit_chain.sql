-- The audit trail as hash chains (docs/decisions/012): one chain per kecamatan, one per kabupaten for
-- the kabupaten's own entries, one global. An entry is written unsealed (chain_seq, prev_hash and hash
-- NULL) in its business transaction; the sealer links it in a short transaction of its own right after
-- commit, under the lock of its chain's head row. Entries written before this migration are sealed the
-- same way, in id order, by the sweep at start-up.
ALTER TABLE audit_event
  ADD COLUMN chain_key VARCHAR(40) NULL,
  ADD COLUMN chain_seq BIGINT      NULL,
  ADD COLUMN prev_hash CHAR(64)    NULL,
  ADD COLUMN hash      CHAR(64)    NULL,
  -- a chain never forks: one entry per place in it
  ADD CONSTRAINT uq_audit_chain_seq UNIQUE (chain_key, chain_seq),
  -- the sweep finds unsealed entries without reading sealed ones
  ADD INDEX ix_audit_unsealed (chain_seq, chain_key, id),
  ADD INDEX ix_audit_actor (actor_user_id, chain_seq);

UPDATE audit_event SET chain_key = CASE
    WHEN kecamatan_id IS NOT NULL THEN CONCAT('kecamatan:', kecamatan_id)
    WHEN kabupaten_id IS NOT NULL THEN CONCAT('kabupaten:', kabupaten_id)
    ELSE 'global' END;

ALTER TABLE audit_event MODIFY chain_key VARCHAR(40) NOT NULL;

-- The head of each chain: how far it is sealed. Its row lock serialises the sealers of one chain (on
-- one server and across instances; on Galera a conflict aborts one sealer, which tries again).
CREATE TABLE audit_chain (
  chain_key     VARCHAR(40) PRIMARY KEY,
  last_seq      BIGINT      NOT NULL DEFAULT 0,
  last_hash     CHAR(64)    NULL,
  last_event_id BIGINT      NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
