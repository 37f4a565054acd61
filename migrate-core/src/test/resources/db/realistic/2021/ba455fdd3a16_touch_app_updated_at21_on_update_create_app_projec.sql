-- revision: ba455fdd3a16
-- revises: 888ce3f7b4ef
-- message: touch app_updated_at21 on update, create app_projects22

-- migrate: upgrade
/* outer /* nested */ comment */
ALTER TABLE app_invoices1 ADD COLUMN app_updated_at21 timestamptz;

/* trigger function */
CREATE OR REPLACE FUNCTION app_touch20() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- keep app_updated_at21 current; a semicolon here; does not end the statement
    NEW.app_updated_at21 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER app_touch20_trg
    BEFORE UPDATE ON app_invoices1
    FOR EACH ROW
    EXECUTE FUNCTION app_touch20();
-- app_projects22: one row per project
CREATE TABLE app_projects22 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    expires_at timestamptz,
    notes text,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_projects22 IS 'It''s the projects table; see the wiki';


-- migrate:downgrade
DROP TABLE app_projects22;
DROP TRIGGER app_touch20_trg ON app_invoices1;

DROP FUNCTION app_touch20();
ALTER TABLE app_invoices1 DROP COLUMN app_updated_at21;
