-- revision: a4d49d0ad60d
-- revises: 9a375ce2e0d1
-- message: partitioned app_events235

--migrate:upgrade
-- Ticket: PLAT-258
CREATE TABLE app_events235 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);
CREATE TABLE app_events235_2025 PARTITION OF app_events235
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE app_events235_2022 PARTITION OF app_events235
    FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');

CREATE TABLE app_events235_default PARTITION OF app_events235 DEFAULT;

--migrate:downgrade
DROP TABLE app_events235;

