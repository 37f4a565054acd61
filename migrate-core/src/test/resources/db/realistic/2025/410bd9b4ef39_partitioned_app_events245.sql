-- revision: 410bd9b4ef39
-- revises: bb14171f1561
-- message: partitioned app_events245

-- migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
CREATE TABLE app_events245 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);
CREATE TABLE app_events245_2023 PARTITION OF app_events245
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE app_events245_2025 PARTITION OF app_events245
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE app_events245_default PARTITION OF app_events245 DEFAULT;

-- migrate:downgrade
-- Ticket: PLAT-7755
DROP TABLE app_events245;

