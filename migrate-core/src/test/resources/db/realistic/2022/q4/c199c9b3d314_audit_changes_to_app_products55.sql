-- revision: c199c9b3d314
-- revises: 99ac560469e9
-- message: audit changes to app_products55

-- migrate:upgrade
-- NOTE: keep statements idempotent where the database allows it
CREATE TABLE app_audit_log90 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE OR REPLACE FUNCTION app_audit91() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO app_audit_log90 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;
CREATE TRIGGER app_audit91_trg AFTER INSERT OR UPDATE OR DELETE ON app_products55
    FOR EACH ROW EXECUTE FUNCTION app_audit91(); -- audited from now on


-- migrate:downgrade
DROP TRIGGER IF EXISTS app_audit91_trg ON app_products55;
DROP FUNCTION IF EXISTS app_audit91();
DROP TABLE app_audit_log90;

