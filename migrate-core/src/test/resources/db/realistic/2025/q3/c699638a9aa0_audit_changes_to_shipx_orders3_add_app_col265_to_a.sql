-- revision: c699638a9aa0
-- transactional: true
-- revises: 79ef4dc2017e
-- message: audit changes to shipx_orders3, add app_col265 to app_carts213

-- migrate:upgrade
CREATE TABLE app_audit_log263 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE OR REPLACE FUNCTION app_audit264() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO app_audit_log263 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;

CREATE TRIGGER app_audit264_trg AFTER INSERT OR UPDATE OR DELETE ON shipx_orders3
    FOR EACH ROW EXECUTE FUNCTION app_audit264(); -- audited from now on
ALTER TABLE app_carts213 ADD COLUMN app_col265 boolean DEFAULT false;

-- migrate: downgrade
ALTER TABLE app_carts213 DROP COLUMN app_col265;
DROP TRIGGER IF EXISTS app_audit264_trg ON shipx_orders3;
DROP FUNCTION IF EXISTS app_audit264();
DROP TABLE app_audit_log263;

