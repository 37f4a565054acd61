-- revision: e970366d5907
-- revises: e716e42e6201
-- message: audit changes to app_attachments229

-- migrate: upgrade
CREATE TABLE app_audit_log283 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE OR REPLACE FUNCTION app_audit284() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO app_audit_log283 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;

CREATE TRIGGER app_audit284_trg AFTER INSERT OR UPDATE OR DELETE ON app_attachments229
    FOR EACH ROW EXECUTE FUNCTION app_audit284(); -- audited from now on

-- migrate: downgrade
/* outer /* nested */ comment */
DROP TRIGGER IF EXISTS app_audit284_trg ON app_attachments229;

DROP FUNCTION IF EXISTS app_audit284();

DROP TABLE app_audit_log283;

