-- revision: 9c19ef9f0ecc
-- message: add shipx_col14 to shipx_comments13, audit changes to shipx_orders3
-- revises: d019d90c2eef

-- migrate:upgrade
-- Ticket: PLAT-8133
ALTER TABLE shipx_comments13 ADD COLUMN shipx_col14 varchar(255) DEFAULT ';';
-- looked up by shipx_col14
CREATE INDEX shipx_col14_idx ON shipx_comments13 (shipx_col14);
CREATE TABLE shipx_audit_log15 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE OR REPLACE FUNCTION shipx_audit16() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO shipx_audit_log15 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;

CREATE TRIGGER shipx_audit16_trg AFTER INSERT OR UPDATE OR DELETE ON shipx_orders3
    FOR EACH ROW EXECUTE FUNCTION shipx_audit16(); -- audited from now on


-- migrate: downgrade
DROP TRIGGER IF EXISTS shipx_audit16_trg ON shipx_orders3;
DROP FUNCTION IF EXISTS shipx_audit16();
DROP TABLE shipx_audit_log15;

DROP INDEX shipx_col14_idx;
ALTER TABLE shipx_comments13 DROP COLUMN shipx_col14;

