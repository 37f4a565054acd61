-- revision: a60453a2f1ac
-- revises: af69a192fca6
-- message: add shipx_col8 to shipx_orders3, partitioned shipx_events9
-- transactional: true

-- migrate:upgrade
ALTER TABLE shipx_orders3 ADD COLUMN shipx_col8 varchar(255) DEFAULT ';';
-- looked up by shipx_col8
CREATE INDEX shipx_col8_idx ON shipx_orders3 (shipx_col8);

CREATE TABLE shipx_events9 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);

CREATE TABLE shipx_events9_2024 PARTITION OF shipx_events9
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE shipx_events9_2025 PARTITION OF shipx_events9
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE shipx_events9_default PARTITION OF shipx_events9 DEFAULT;


-- migrate:downgrade
DROP TABLE shipx_events9;
DROP INDEX shipx_col8_idx;

ALTER TABLE shipx_orders3 DROP COLUMN shipx_col8;
