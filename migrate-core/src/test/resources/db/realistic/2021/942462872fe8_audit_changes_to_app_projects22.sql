-- revision: 942462872fe8
-- revises: cf8f84aa41b3
-- message: audit changes to app_projects22

-- migrate:upgrade
-- Ticket: PLAT-9824
CREATE TABLE app_audit_log30 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE OR REPLACE FUNCTION app_audit31() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO app_audit_log30 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;
CREATE TRIGGER app_audit31_trg AFTER INSERT OR UPDATE OR DELETE ON app_projects22
    FOR EACH ROW EXECUTE FUNCTION app_audit31(); -- audited from now on


-- migrate: downgrade
DROP TRIGGER IF EXISTS app_audit31_trg ON app_projects22;

DROP FUNCTION IF EXISTS app_audit31();
DROP TABLE app_audit_log30;
