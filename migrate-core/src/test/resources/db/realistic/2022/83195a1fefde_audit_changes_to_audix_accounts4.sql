-- revision: 83195a1fefde
-- message: audit changes to audix_accounts4
-- revises: 58da12fbecae

-- migrate:upgrade
-- NOTE: keep statements idempotent where the database allows it
CREATE TABLE audix_audit_log5 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE OR REPLACE FUNCTION audix_audit6() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO audix_audit_log5 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;

CREATE TRIGGER audix_audit6_trg AFTER INSERT OR UPDATE OR DELETE ON audix_accounts4
    FOR EACH ROW EXECUTE FUNCTION audix_audit6(); -- audited from now on

-- migrate:downgrade
DROP TRIGGER IF EXISTS audix_audit6_trg ON audix_accounts4;

DROP FUNCTION IF EXISTS audix_audit6();

DROP TABLE audix_audit_log5;
