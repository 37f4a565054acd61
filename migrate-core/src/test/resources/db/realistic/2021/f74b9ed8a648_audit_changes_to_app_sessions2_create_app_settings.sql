-- revision: f74b9ed8a648
-- revises: 64a65ea65843
-- message: audit changes to app_sessions2, create app_settings35

-- migrate:upgrade
CREATE TABLE app_audit_log33 (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb,
    logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE OR REPLACE FUNCTION app_audit34() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $audit$
DECLARE
    stmt text := $q$INSERT INTO app_audit_log33 (table_name, op, row_data) VALUES ($1, $2, $3)$q$;
BEGIN
    /* nested /* comment; */ still inside the body */
    EXECUTE stmt USING TG_TABLE_NAME, TG_OP, to_jsonb(COALESCE(NEW, OLD));
    RETURN COALESCE(NEW, OLD);
END
$audit$;
CREATE TRIGGER app_audit34_trg AFTER INSERT OR UPDATE OR DELETE ON app_sessions2
    FOR EACH ROW EXECUTE FUNCTION app_audit34(); -- audited from now on

-- app_settings35: one row per setting
CREATE TABLE app_settings35 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    is_active boolean NOT NULL DEFAULT true,
    tags text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_settings35 IS 'It''s the settings table; see the wiki';

CREATE INDEX app_settings35_created_at_idx ON app_settings35 (created_at DESC);

--migrate:downgrade
DROP TABLE app_settings35;
DROP TRIGGER IF EXISTS app_audit34_trg ON app_sessions2;

DROP FUNCTION IF EXISTS app_audit34();
DROP TABLE app_audit_log33;
