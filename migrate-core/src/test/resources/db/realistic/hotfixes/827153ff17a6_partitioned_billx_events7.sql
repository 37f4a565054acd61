-- revision: 827153ff17a6
-- revises: f18b427841fc
-- message: partitioned billx_events7

-- migrate:upgrade
CREATE TABLE billx_events7 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);
CREATE TABLE billx_events7_2024 PARTITION OF billx_events7
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE billx_events7_2022 PARTITION OF billx_events7
    FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');

CREATE TABLE billx_events7_default PARTITION OF billx_events7 DEFAULT;


--migrate:downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
DROP TABLE billx_events7;

