-- Named rows that instances lock (SELECT ... FOR UPDATE) around work that only one of them may do at
-- a time, such as seeding the demo kecamatan into an empty database. A row lock, not GET_LOCK(), so
-- that it holds on a Galera cluster too (a conflict there aborts one side, which then retries).
CREATE TABLE startup_lock (
  name VARCHAR(64) PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO startup_lock (name) VALUES ('demo-seed');
