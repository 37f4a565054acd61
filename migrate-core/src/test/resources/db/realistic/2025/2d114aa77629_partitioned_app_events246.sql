-- revision: 2d114aa77629
-- revises: 410bd9b4ef39
-- message: partitioned app_events246

--migrate:upgrade
CREATE TABLE app_events246 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);

CREATE TABLE app_events246_2025 PARTITION OF app_events246
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE TABLE app_events246_2023 PARTITION OF app_events246
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE app_events246_default PARTITION OF app_events246 DEFAULT;


-- migrate:downgrade
DROP TABLE app_events246;

