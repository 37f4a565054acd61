-- revision: 2a0dd5ef36e3
-- revises: 728c3a571ff6
-- message: partitioned app_events190

-- migrate:upgrade
CREATE TABLE app_events190 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);

CREATE TABLE app_events190_2022 PARTITION OF app_events190
    FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');

CREATE TABLE app_events190_2023 PARTITION OF app_events190
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE app_events190_default PARTITION OF app_events190 DEFAULT;

-- migrate:downgrade
DROP TABLE app_events190;
