-- revision: 7cb8d4bb7542
-- revises: d88b1a6c40b0
-- message: partitioned app_events277

-- migrate:upgrade
CREATE TABLE app_events277 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);

CREATE TABLE app_events277_2024 PARTITION OF app_events277
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app_events277_2022 PARTITION OF app_events277
    FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');

CREATE TABLE app_events277_default PARTITION OF app_events277 DEFAULT;

--migrate:downgrade
DROP TABLE app_events277;
