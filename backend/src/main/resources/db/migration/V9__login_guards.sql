-- One row per account and per client address that logins lock while they check and count failures,
-- so concurrent wrong passwords for one account are counted one after another.
CREATE TABLE login_guard (
  guard_key VARCHAR(100) PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
