-- revision: 1f02b40ec07d
-- message: audit changes to app_refunds47, summarise app_tenants38 per day
-- revises: 60d7050aba12

-- migrate:upgrade
-- Ticket: PLAT-7700
CREATE TABLE app_audit_log50 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE OR REPLACE FUNCTION app_audit51() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO app_audit_log50 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;
CREATE TRIGGER app_audit51_trg AFTER INSERT OR UPDATE OR DELETE ON app_refunds47
    FOR EACH ROW EXECUTE FUNCTION app_audit51(); -- audited from now on
CREATE VIEW app_v52_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM app_tenants38
GROUP BY 1;


-- migrate:downgrade
DROP VIEW app_v52_summary;
DROP TRIGGER IF EXISTS app_audit51_trg ON app_refunds47;

DROP FUNCTION IF EXISTS app_audit51();
DROP TABLE app_audit_log50;

