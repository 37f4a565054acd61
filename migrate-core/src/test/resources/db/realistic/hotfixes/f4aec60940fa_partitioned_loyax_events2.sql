-- revision: f4aec60940fa
-- revises: c65ee5aa198a
-- message: partitioned loyax_events2

-- migrate:upgrade
CREATE TABLE loyax_events2 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);
CREATE TABLE loyax_events2_2025 PARTITION OF loyax_events2
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE loyax_events2_2023 PARTITION OF loyax_events2
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE loyax_events2_default PARTITION OF loyax_events2 DEFAULT;


--migrate:downgrade
DROP TABLE loyax_events2
