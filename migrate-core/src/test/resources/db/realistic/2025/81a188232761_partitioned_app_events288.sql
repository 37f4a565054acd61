-- revision: 81a188232761
-- revises: f25977fd5386
-- message: partitioned app_events288

-- migrate: upgrade
CREATE TABLE app_events288 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);

CREATE TABLE app_events288_2025 PARTITION OF app_events288
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE app_events288_2022 PARTITION OF app_events288
    FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');
CREATE TABLE app_events288_default PARTITION OF app_events288 DEFAULT;

-- migrate:downgrade
DROP TABLE app_events288;

