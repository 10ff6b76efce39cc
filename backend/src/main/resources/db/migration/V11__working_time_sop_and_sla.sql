-- Mutu baku as live SLAs: the working-time calendar (office hours, overrides, holidays), the SOP as
-- versioned data per kecamatan, the SLA clock of every task, and in-app notifications.

-- Office hours. A kecamatan's standing week has no date range; an override (e.g. Ramadan hours, set by
-- the kabupaten's regulation) applies from valid_from to valid_to. Without a standing week of its own a
-- kecamatan keeps the domain's default week (Mon-Thu 07:30-16:00, Fri 07:30-16:30, breaks 12:00-13:00
-- and Fri 11:30-13:00), which the application knows.
CREATE TABLE office_schedule (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  kecamatan_id  BIGINT       NOT NULL,
  name          VARCHAR(120) NOT NULL,
  valid_from    DATE         NULL,
  valid_to      DATE         NULL,
  created_by    BIGINT       NULL,
  created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  standing_key  TINYINT AS (CASE WHEN valid_from IS NULL THEN 1 END) PERSISTENT,
  CONSTRAINT uq_office_schedule_standing UNIQUE (kecamatan_id, standing_key),
  CONSTRAINT fk_office_schedule_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
  CONSTRAINT ck_office_schedule_range CHECK ((valid_from IS NULL AND valid_to IS NULL)
    OR (valid_from IS NOT NULL AND valid_to IS NOT NULL AND valid_from <= valid_to)),
  INDEX ix_office_schedule_kecamatan (kecamatan_id, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One working weekday of a schedule (ISO: 1 = Monday ... 7 = Sunday); a weekday without a row is off.
CREATE TABLE office_day (
  schedule_id   BIGINT  NOT NULL,
  weekday       TINYINT NOT NULL,
  opens         TIME    NOT NULL,
  closes        TIME    NOT NULL,
  break_starts  TIME    NULL,
  break_ends    TIME    NULL,
  PRIMARY KEY (schedule_id, weekday),
  CONSTRAINT fk_office_day_schedule FOREIGN KEY (schedule_id) REFERENCES office_schedule (id) ON DELETE CASCADE,
  CONSTRAINT ck_office_day_weekday CHECK (weekday BETWEEN 1 AND 7),
  CONSTRAINT ck_office_day_hours CHECK (opens < closes),
  CONSTRAINT ck_office_day_break CHECK ((break_starts IS NULL AND break_ends IS NULL)
    OR (break_starts IS NOT NULL AND break_ends IS NOT NULL
        AND opens < break_starts AND break_starts < break_ends AND break_ends < closes))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Days off: national (no kabupaten, no kecamatan), a kabupaten's local days, or one kecamatan's.
CREATE TABLE holiday (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  kabupaten_id  BIGINT       NULL,
  kecamatan_id  BIGINT       NULL,
  day           DATE         NOT NULL,
  kind          VARCHAR(16)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  source        VARCHAR(300) NULL,
  created_by    BIGINT       NULL,
  created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  scope_key     VARCHAR(48) AS (CONCAT(COALESCE(kabupaten_id, 0), '/', COALESCE(kecamatan_id, 0))) PERSISTENT,
  CONSTRAINT uq_holiday_day UNIQUE (scope_key, day),
  CONSTRAINT fk_holiday_kabupaten FOREIGN KEY (kabupaten_id) REFERENCES kabupaten (id),
  CONSTRAINT fk_holiday_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
  CONSTRAINT ck_holiday_kind CHECK (kind IN ('LIBUR_NASIONAL', 'CUTI_BERSAMA', 'LIBUR_DAERAH', 'LAINNYA')),
  CONSTRAINT ck_holiday_scope CHECK (kabupaten_id IS NULL OR kecamatan_id IS NULL),
  INDEX ix_holiday_day (day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- National holidays and cuti bersama 2025-2026 (shared/data/holidays-id.csv, with its sources).
INSERT INTO holiday (day, kind, name, source) VALUES
  ('2025-01-01', 'LIBUR_NASIONAL', 'Tahun Baru 2025 Masehi', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-01-27', 'LIBUR_NASIONAL', 'Isra Mikraj Nabi Muhammad SAW', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-01-28', 'CUTI_BERSAMA', 'Tahun Baru Imlek 2576 Kongzili', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-01-29', 'LIBUR_NASIONAL', 'Tahun Baru Imlek 2576 Kongzili', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-03-28', 'CUTI_BERSAMA', 'Hari Suci Nyepi (Tahun Baru Saka 1947)', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-03-29', 'LIBUR_NASIONAL', 'Hari Suci Nyepi (Tahun Baru Saka 1947)', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-03-31', 'LIBUR_NASIONAL', 'Idul Fitri 1446 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-04-01', 'LIBUR_NASIONAL', 'Idul Fitri 1446 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-04-02', 'CUTI_BERSAMA', 'Idul Fitri 1446 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-04-03', 'CUTI_BERSAMA', 'Idul Fitri 1446 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-04-04', 'CUTI_BERSAMA', 'Idul Fitri 1446 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-04-07', 'CUTI_BERSAMA', 'Idul Fitri 1446 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-04-18', 'LIBUR_NASIONAL', 'Wafat Yesus Kristus', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-04-20', 'LIBUR_NASIONAL', 'Kebangkitan Yesus Kristus (Paskah)', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-05-01', 'LIBUR_NASIONAL', 'Hari Buruh Internasional', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-05-12', 'LIBUR_NASIONAL', 'Hari Raya Waisak 2569 BE', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-05-13', 'CUTI_BERSAMA', 'Hari Raya Waisak 2569 BE', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-05-29', 'LIBUR_NASIONAL', 'Kenaikan Yesus Kristus', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-05-30', 'CUTI_BERSAMA', 'Kenaikan Yesus Kristus', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-06-01', 'LIBUR_NASIONAL', 'Hari Lahir Pancasila', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-06-06', 'LIBUR_NASIONAL', 'Idul Adha 1446 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-06-09', 'CUTI_BERSAMA', 'Idul Adha 1446 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-06-27', 'LIBUR_NASIONAL', '1 Muharam Tahun Baru Islam 1447 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-08-17', 'LIBUR_NASIONAL', 'Proklamasi Kemerdekaan', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-09-05', 'LIBUR_NASIONAL', 'Maulid Nabi Muhammad SAW', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-12-25', 'LIBUR_NASIONAL', 'Kelahiran Yesus Kristus', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2025-12-26', 'CUTI_BERSAMA', 'Kelahiran Yesus Kristus', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024'),
  ('2026-01-01', 'LIBUR_NASIONAL', 'Tahun Baru 2026 Masehi', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-01-16', 'LIBUR_NASIONAL', 'Isra Mikraj Nabi Muhammad SAW', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-02-16', 'CUTI_BERSAMA', 'Tahun Baru Imlek 2577 Kongzili', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-02-17', 'LIBUR_NASIONAL', 'Tahun Baru Imlek 2577 Kongzili', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-03-18', 'CUTI_BERSAMA', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-03-19', 'LIBUR_NASIONAL', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-03-20', 'CUTI_BERSAMA', 'Idul Fitri 1447 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-03-21', 'LIBUR_NASIONAL', 'Idul Fitri 1447 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-03-22', 'LIBUR_NASIONAL', 'Idul Fitri 1447 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-03-23', 'CUTI_BERSAMA', 'Idul Fitri 1447 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-03-24', 'CUTI_BERSAMA', 'Idul Fitri 1447 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-04-03', 'LIBUR_NASIONAL', 'Wafat Yesus Kristus', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-04-05', 'LIBUR_NASIONAL', 'Kebangkitan Yesus Kristus (Paskah)', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-05-01', 'LIBUR_NASIONAL', 'Hari Buruh Internasional', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-05-14', 'LIBUR_NASIONAL', 'Kenaikan Yesus Kristus', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-05-15', 'CUTI_BERSAMA', 'Kenaikan Yesus Kristus', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-05-27', 'LIBUR_NASIONAL', 'Idul Adha 1447 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-05-28', 'CUTI_BERSAMA', 'Idul Adha 1447 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-05-31', 'LIBUR_NASIONAL', 'Hari Raya Waisak 2570 BE', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-06-01', 'LIBUR_NASIONAL', 'Hari Lahir Pancasila', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-06-16', 'LIBUR_NASIONAL', '1 Muharam Tahun Baru Islam 1448 Hijriah', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-08-17', 'LIBUR_NASIONAL', 'Proklamasi Kemerdekaan', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-08-25', 'LIBUR_NASIONAL', 'Maulid Nabi Muhammad SAW', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-12-24', 'CUTI_BERSAMA', 'Kelahiran Yesus Kristus', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025'),
  ('2026-12-25', 'LIBUR_NASIONAL', 'Kelahiran Yesus Kristus', 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025');

-- The SOP as data: each kecamatan's versions (an ADMIN's revision makes a new one), their eleven steps.
CREATE TABLE sop_version (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  kecamatan_id   BIGINT        NOT NULL,
  version        INT           NOT NULL,
  title          VARCHAR(200)  NOT NULL,
  effective_from DATE          NOT NULL,
  note           VARCHAR(2000) NULL,
  created_by     BIGINT        NULL,
  created_at     TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT uq_sop_version UNIQUE (kecamatan_id, version),
  CONSTRAINT fk_sop_version_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sop_step (
  sop_version_id  BIGINT        NOT NULL,
  number          TINYINT       NOT NULL,
  title           VARCHAR(300)  NOT NULL,
  lane            VARCHAR(80)   NOT NULL,
  actor_role      VARCHAR(16)   NOT NULL,
  requirement     VARCHAR(500)  NOT NULL,
  time_text       VARCHAR(80)   NOT NULL,
  duration_amount INT           NOT NULL,
  duration_unit   VARCHAR(8)    NOT NULL,
  per_unit        BOOLEAN       NOT NULL DEFAULT FALSE,
  output          VARCHAR(500)  NOT NULL,
  symbol          VARCHAR(10)   NOT NULL,
  decision        VARCHAR(200)  NULL,
  refusal_step    TINYINT       NULL,
  notes           VARCHAR(500)  NULL,
  PRIMARY KEY (sop_version_id, number),
  CONSTRAINT fk_sop_step_version FOREIGN KEY (sop_version_id) REFERENCES sop_version (id),
  CONSTRAINT ck_sop_step_number CHECK (number BETWEEN 1 AND 11),
  CONSTRAINT ck_sop_step_duration CHECK (duration_amount > 0 AND duration_unit IN ('DAYS', 'MINUTES')),
  CONSTRAINT ck_sop_step_symbol CHECK (symbol IN ('START', 'PROCESS', 'DECISION', 'END'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The SOP version a cycle started with (NULL for cycles created before: they take version 1).
ALTER TABLE cycle
  ADD COLUMN sop_version_id BIGINT NULL,
  ADD CONSTRAINT fk_cycle_sop_version FOREIGN KEY (sop_version_id) REFERENCES sop_version (id);

-- The SLA clock: one row per piece of work of a step, per round and per unit where the step is per
-- bagian, opened when the work arrives and closed by the transition that ends it. Its due time is
-- fixed from the step's mutu baku and the calendar when it opens (and moved when the calendar changes).
-- Its instants are DATETIME in UTC (the application writes UTC): a tenggat may lie past 2038, where
-- TIMESTAMP ends.
CREATE TABLE step_task (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  kecamatan_id        BIGINT        NOT NULL,
  cycle_id            BIGINT        NOT NULL,
  step                TINYINT       NOT NULL,
  work                VARCHAR(24)   NOT NULL,
  document_kind       VARCHAR(16)   NOT NULL,
  document_id         BIGINT        NOT NULL,
  unit_id             BIGINT        NULL,
  round               INT           NOT NULL,
  started_at          DATETIME(6)   NOT NULL,
  due_at              DATETIME(6)   NOT NULL,
  at_risk_at          DATETIME(6)   NOT NULL,
  budget_minutes      INT           NOT NULL,
  finished_at         DATETIME(6)   NULL,
  elapsed_minutes     INT           NULL,
  finished_by         BIGINT        NULL,
  finished_by_name    VARCHAR(200)  NULL,
  finished_capacity   VARCHAR(200)  NULL,
  outcome             VARCHAR(40)   NULL,
  refused             BOOLEAN       NOT NULL DEFAULT FALSE,
  reason              VARCHAR(4000) NULL,
  at_risk_notified_at DATETIME(6)   NULL,
  overdue_notified_at DATETIME(6)   NULL,
  open_key            VARCHAR(80) AS (CASE WHEN finished_at IS NULL
                        THEN CONCAT(work, '/', document_kind, '/', document_id) END) PERSISTENT,
  CONSTRAINT uq_step_task_open UNIQUE (open_key),
  CONSTRAINT fk_step_task_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
  CONSTRAINT fk_step_task_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
  CONSTRAINT ck_step_task_step CHECK (step BETWEEN 1 AND 11),
  INDEX ix_step_task_cycle (cycle_id, step),
  INDEX ix_step_task_document (document_kind, document_id),
  INDEX ix_step_task_at_risk (finished_at, at_risk_notified_at, at_risk_at),
  INDEX ix_step_task_overdue (finished_at, overdue_notified_at, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- In-app notifications; one per person, task and kind, so two instances never notify twice.
CREATE TABLE notification (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id       BIGINT        NOT NULL,
  kecamatan_id  BIGINT        NOT NULL,
  step_task_id  BIGINT        NULL,
  kind          VARCHAR(24)   NOT NULL,
  title         VARCHAR(300)  NOT NULL,
  body          VARCHAR(1000) NOT NULL,
  link          VARCHAR(300)  NULL,
  created_at    TIMESTAMP(6)  NOT NULL,
  read_at       TIMESTAMP(6)  NULL,
  emailed_at    TIMESTAMP(6)  NULL,
  CONSTRAINT uq_notification UNIQUE (user_id, step_task_id, kind),
  CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT fk_notification_step_task FOREIGN KEY (step_task_id) REFERENCES step_task (id),
  INDEX ix_notification_user (user_id, read_at, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
