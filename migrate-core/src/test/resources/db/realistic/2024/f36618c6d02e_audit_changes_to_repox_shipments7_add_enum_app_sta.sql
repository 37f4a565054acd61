-- revision: f36618c6d02e
-- revises: 1e84c0f20e21
-- message: audit changes to repox_shipments7, add enum app_state167

-- migrate:upgrade
CREATE TABLE app_audit_log165 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE OR REPLACE FUNCTION app_audit166() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO app_audit_log165 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;
CREATE TRIGGER app_audit166_trg AFTER INSERT OR UPDATE OR DELETE ON repox_shipments7
    FOR EACH ROW EXECUTE FUNCTION app_audit166(); -- audited from now on
CREATE TYPE app_state167 AS ENUM ('new', 'active', 'it''s complicated', 'semi;colon');


-- migrate:downgrade
DROP TYPE app_state167;
DROP TRIGGER IF EXISTS app_audit166_trg ON repox_shipments7;

DROP FUNCTION IF EXISTS app_audit166();
DROP TABLE app_audit_log165;
