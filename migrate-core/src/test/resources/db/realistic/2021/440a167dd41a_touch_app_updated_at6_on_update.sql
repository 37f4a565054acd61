-- revision: 440a167dd41a
-- revises: 903c94a2de50
-- message: touch app_updated_at6 on update

-- migrate:upgrade
/* outer /* nested */ comment */
ALTER TABLE app_sessions2 ADD COLUMN app_updated_at6 timestamptz;


/* trigger function */
CREATE OR REPLACE FUNCTION app_touch5() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    -- keep app_updated_at6 current; a semicolon here; does not end the statement
    NEW.app_updated_at6 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$fn$;
CREATE TRIGGER app_touch5_trg
    BEFORE UPDATE ON app_sessions2
    FOR EACH ROW
    EXECUTE FUNCTION app_touch5();

-- migrate:downgrade
DROP TRIGGER app_touch5_trg ON app_sessions2;

DROP FUNCTION app_touch5();
ALTER TABLE app_sessions2 DROP COLUMN app_updated_at6;
