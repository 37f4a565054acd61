-- revision: 9b763b323468
-- revises: ede44480d5eb
-- message: partitioned repox_events4

-- migrate:upgrade
CREATE TABLE repox_events4 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);
CREATE TABLE repox_events4_2025 PARTITION OF repox_events4
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE repox_events4_2024 PARTITION OF repox_events4
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE repox_events4_default PARTITION OF repox_events4 DEFAULT;

-- migrate: downgrade
DROP TABLE repox_events4
