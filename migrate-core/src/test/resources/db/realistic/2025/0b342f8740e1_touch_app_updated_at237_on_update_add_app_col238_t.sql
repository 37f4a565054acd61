-- revision: 0b342f8740e1
-- revises: a4d49d0ad60d
-- message: touch app_updated_at237 on update, add app_col238 to app_accounts113

-- migrate: upgrade
-- NOTE: keep statements idempotent where the database allows it
ALTER TABLE app_projects143 ADD COLUMN app_updated_at237 timestamptz;

/* trigger function */
CREATE OR REPLACE FUNCTION app_touch236() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    -- keep app_updated_at237 current; a semicolon here; does not end the statement
    NEW.app_updated_at237 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$fn$;

CREATE TRIGGER app_touch236_trg
    BEFORE UPDATE ON app_projects143
    FOR EACH ROW
    EXECUTE FUNCTION app_touch236();
ALTER TABLE app_accounts113 ADD COLUMN app_col238 timestamptz;
-- looked up by app_col238
CREATE INDEX app_col238_idx ON app_accounts113 (app_col238);

-- migrate:downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP INDEX app_col238_idx;

ALTER TABLE app_accounts113 DROP COLUMN app_col238;
DROP TRIGGER app_touch236_trg ON app_projects143;

DROP FUNCTION app_touch236();
ALTER TABLE app_projects143 DROP COLUMN app_updated_at237;
