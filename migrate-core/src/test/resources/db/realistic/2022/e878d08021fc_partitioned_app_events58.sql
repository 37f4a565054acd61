-- revision: e878d08021fc
-- revises: 6c6f20f46dac
-- message: partitioned app_events58

--migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
CREATE TABLE app_events58 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);
CREATE TABLE app_events58_2024 PARTITION OF app_events58
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE app_events58_2025 PARTITION OF app_events58
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE app_events58_default PARTITION OF app_events58 DEFAULT;


--migrate:downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
DROP TABLE app_events58;
