-- revision: de27385025c3
-- revises: e2e673715418
-- message: partitioned app_events267

--migrate:upgrade
CREATE TABLE app_events267 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);
CREATE TABLE app_events267_2024 PARTITION OF app_events267
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE app_events267_2023 PARTITION OF app_events267
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

CREATE TABLE app_events267_default PARTITION OF app_events267 DEFAULT;


--migrate:downgrade
DROP TABLE app_events267;

