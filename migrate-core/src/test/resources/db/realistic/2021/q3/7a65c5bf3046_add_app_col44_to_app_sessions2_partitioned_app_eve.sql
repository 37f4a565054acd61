-- revision: 7a65c5bf3046
-- revises: faea96e83433
-- message: add app_col44 to app_sessions2, partitioned app_events45

-- migrate:upgrade
ALTER TABLE app_sessions2 ADD COLUMN app_col44 integer NOT NULL DEFAULT 0;
-- looked up by app_col44
CREATE INDEX app_col44_idx ON app_sessions2 (app_col44);
CREATE TABLE app_events45 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);
CREATE TABLE app_events45_2025 PARTITION OF app_events45
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE app_events45_2023 PARTITION OF app_events45
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE app_events45_default PARTITION OF app_events45 DEFAULT;


-- migrate:downgrade
DROP TABLE app_events45;
DROP INDEX app_col44_idx;
ALTER TABLE app_sessions2 DROP COLUMN app_col44;
