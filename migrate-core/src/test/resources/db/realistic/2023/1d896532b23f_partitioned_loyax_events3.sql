-- revision: 1d896532b23f
-- revises: f4aec60940fa
-- message: partitioned loyax_events3

-- migrate:upgrade
CREATE TABLE loyax_events3 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);

CREATE TABLE loyax_events3_2024 PARTITION OF loyax_events3
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE loyax_events3_2022 PARTITION OF loyax_events3
    FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');

CREATE TABLE loyax_events3_default PARTITION OF loyax_events3 DEFAULT;

-- migrate:downgrade
DROP TABLE loyax_events3;
