-- revision: a208409f2b69
-- revises: 0ef6e8c9e8d9
-- message: audit changes to notix_tasks1, partitioned app_events102

-- migrate: upgrade
-- NOTE: keep statements idempotent where the database allows it
CREATE TABLE app_audit_log100 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE OR REPLACE FUNCTION app_audit101() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO app_audit_log100 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;

CREATE TRIGGER app_audit101_trg AFTER INSERT OR UPDATE OR DELETE ON notix_tasks1
    FOR EACH ROW EXECUTE FUNCTION app_audit101(); -- audited from now on

CREATE TABLE app_events102 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);

CREATE TABLE app_events102_2024 PARTITION OF app_events102
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE app_events102_2022 PARTITION OF app_events102
    FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');

CREATE TABLE app_events102_default PARTITION OF app_events102 DEFAULT;


-- migrate: downgrade
/* outer /* nested */ comment */
DROP TABLE app_events102;
DROP TRIGGER IF EXISTS app_audit101_trg ON notix_tasks1;
DROP FUNCTION IF EXISTS app_audit101();
DROP TABLE app_audit_log100;
