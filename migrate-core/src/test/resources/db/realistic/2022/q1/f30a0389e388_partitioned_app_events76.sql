-- revision: f30a0389e388
-- message: partitioned app_events76
-- revises: 260ce1b35b91

-- migrate: upgrade
CREATE TABLE app_events76 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);
CREATE TABLE app_events76_2023 PARTITION OF app_events76
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE app_events76_2022 PARTITION OF app_events76
    FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');
CREATE TABLE app_events76_default PARTITION OF app_events76 DEFAULT;


--migrate:downgrade
DROP TABLE app_events76;
