-- revision: a85f55d69771
-- revises: 37d892d5907c
-- message: partitioned app_events27

-- migrate:upgrade
CREATE TABLE app_events27 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);
CREATE TABLE app_events27_2023 PARTITION OF app_events27
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

CREATE TABLE app_events27_2024 PARTITION OF app_events27
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app_events27_default PARTITION OF app_events27 DEFAULT;


-- migrate:downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP TABLE app_events27;

