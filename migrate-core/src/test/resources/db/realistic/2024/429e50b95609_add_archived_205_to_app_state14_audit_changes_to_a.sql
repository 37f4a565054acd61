-- revision: 429e50b95609
-- revises: 037d17e4a90c
-- message: add archived_205 to app_state14, audit changes to app_carts123

-- migrate:upgrade
-- enum values cannot be removed: irreversible
ALTER TYPE app_state14 ADD VALUE IF NOT EXISTS 'archived_205';
CREATE TABLE app_audit_log207 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE OR REPLACE FUNCTION app_audit208() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO app_audit_log207 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;
CREATE TRIGGER app_audit208_trg AFTER INSERT OR UPDATE OR DELETE ON app_carts123
    FOR EACH ROW EXECUTE FUNCTION app_audit208(); -- audited from now on

