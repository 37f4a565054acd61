-- revision: af69a192fca6
-- message: remember deleted shipx_documents1, audit changes to shipx_documents1
-- revises: e9efaefc8d89

-- migrate:upgrade
CREATE TABLE shipx_deleted_ids4 (table_name text NOT NULL, id bigint NOT NULL, deleted_at timestamptz DEFAULT now());
CREATE RULE shipx_log_delete5 AS ON DELETE TO shipx_documents1 DO ALSO (
    INSERT INTO shipx_deleted_ids4 (table_name, id) VALUES ('shipx_documents1', OLD.id);
    NOTIFY shipx_changes
);

CREATE TABLE shipx_audit_log6 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE OR REPLACE FUNCTION shipx_audit7() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO shipx_audit_log6 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;

CREATE TRIGGER shipx_audit7_trg AFTER INSERT OR UPDATE OR DELETE ON shipx_documents1
    FOR EACH ROW EXECUTE FUNCTION shipx_audit7(); -- audited from now on


-- migrate:downgrade
DROP TRIGGER IF EXISTS shipx_audit7_trg ON shipx_documents1;
DROP FUNCTION IF EXISTS shipx_audit7();
DROP TABLE shipx_audit_log6;
DROP RULE shipx_log_delete5 ON shipx_documents1;
DROP TABLE shipx_deleted_ids4;
