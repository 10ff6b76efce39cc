-- The changes feed of a kabupaten (docs/decisions/014). When an audit entry is sealed into its chain
-- (after its transaction committed, see V13), it also takes the next number of its kabupaten's feed,
-- under that feed row's lock. Numbers are so handed out one sealing transaction after another: once a
-- reader sees number N, every number below N is there too, and a reader paging with ?after= misses
-- nothing and sees nothing twice.
ALTER TABLE audit_event
  ADD COLUMN feed_seq BIGINT NULL,
  ADD CONSTRAINT uq_audit_feed_seq UNIQUE (kabupaten_id, feed_seq);

CREATE TABLE change_feed (
  kabupaten_id BIGINT PRIMARY KEY,
  last_seq     BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- entries written before the feed existed are numbered in the order they were written
UPDATE audit_event a
  JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY kabupaten_id ORDER BY id) AS n
        FROM audit_event WHERE kabupaten_id IS NOT NULL) numbered ON numbered.id = a.id
  SET a.feed_seq = numbered.n;

INSERT INTO change_feed (kabupaten_id, last_seq)
  SELECT kabupaten_id, MAX(feed_seq) FROM audit_event WHERE kabupaten_id IS NOT NULL GROUP BY kabupaten_id;
