-- revision: e05221b5f57a
-- revises: f68305dd8960
-- message: partitioned app_events124

--migrate:upgrade
CREATE TABLE app_events124 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);

CREATE TABLE app_events124_2022 PARTITION OF app_events124
    FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');

CREATE TABLE app_events124_2025 PARTITION OF app_events124
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE TABLE app_events124_default PARTITION OF app_events124 DEFAULT;


--migrate:downgrade
DROP TABLE app_events124;

