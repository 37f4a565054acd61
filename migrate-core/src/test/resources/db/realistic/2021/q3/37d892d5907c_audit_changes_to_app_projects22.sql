-- revision: 37d892d5907c
-- revises: 6cdf8fe6d6a4
-- message: audit changes to app_projects22

-- migrate: upgrade
CREATE TABLE app_audit_log25 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE OR REPLACE FUNCTION app_audit26() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO app_audit_log25 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;
CREATE TRIGGER app_audit26_trg AFTER INSERT OR UPDATE OR DELETE ON app_projects22
    FOR EACH ROW EXECUTE FUNCTION app_audit26(); -- audited from now on


-- migrate:downgrade
DROP TRIGGER IF EXISTS app_audit26_trg ON app_projects22;

DROP FUNCTION IF EXISTS app_audit26();

DROP TABLE app_audit_log25;
