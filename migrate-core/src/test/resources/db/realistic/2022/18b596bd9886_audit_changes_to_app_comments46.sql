-- revision: 18b596bd9886
-- revises: c4542cb991fb
-- message: audit changes to app_comments46

--migrate:upgrade
CREATE TABLE app_audit_log81 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE OR REPLACE FUNCTION app_audit82() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO app_audit_log81 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;

CREATE TRIGGER app_audit82_trg AFTER INSERT OR UPDATE OR DELETE ON app_comments46
    FOR EACH ROW EXECUTE FUNCTION app_audit82(); -- audited from now on

--migrate:downgrade
DROP TRIGGER IF EXISTS app_audit82_trg ON app_comments46;

DROP FUNCTION IF EXISTS app_audit82();
DROP TABLE app_audit_log81;
