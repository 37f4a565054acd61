-- revision: 081f43c5d000
-- revises: 75a7c0600960
-- message: audit changes to pricx_comments1

-- migrate:upgrade
CREATE TABLE pricx_audit_log6 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE OR REPLACE FUNCTION pricx_audit7() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO pricx_audit_log6 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;

CREATE TRIGGER pricx_audit7_trg AFTER INSERT OR UPDATE OR DELETE ON pricx_comments1
    FOR EACH ROW EXECUTE FUNCTION pricx_audit7(); -- audited from now on

--migrate:downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP TRIGGER IF EXISTS pricx_audit7_trg ON pricx_comments1;
DROP FUNCTION IF EXISTS pricx_audit7();

DROP TABLE pricx_audit_log6;
