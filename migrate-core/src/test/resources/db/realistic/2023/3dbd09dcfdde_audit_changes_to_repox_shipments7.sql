-- revision: 3dbd09dcfdde
-- message: audit changes to repox_shipments7
-- transactional: true
-- revises: 5900038981bb

-- migrate:upgrade
CREATE TABLE app_audit_log105 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE OR REPLACE FUNCTION app_audit106() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO app_audit_log105 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;

CREATE TRIGGER app_audit106_trg AFTER INSERT OR UPDATE OR DELETE ON repox_shipments7
    FOR EACH ROW EXECUTE FUNCTION app_audit106(); -- audited from now on


-- migrate:downgrade
-- Ticket: PLAT-8041
DROP TRIGGER IF EXISTS app_audit106_trg ON repox_shipments7;

DROP FUNCTION IF EXISTS app_audit106();
DROP TABLE app_audit_log105;
