-- revision: 5484216cf70e
-- revises: 4fbd4d07ad99
-- message: touch app_updated_at122 on update

--migrate:upgrade
ALTER TABLE app_teams67 ADD COLUMN app_updated_at122 timestamptz;


/* trigger function */
CREATE OR REPLACE FUNCTION app_touch121() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    -- keep app_updated_at122 current; a semicolon here; does not end the statement
    NEW.app_updated_at122 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$body$;

CREATE TRIGGER app_touch121_trg
    BEFORE UPDATE ON app_teams67
    FOR EACH ROW
    EXECUTE FUNCTION app_touch121();

--migrate:downgrade
DROP TRIGGER app_touch121_trg ON app_teams67;
DROP FUNCTION app_touch121();

ALTER TABLE app_teams67 DROP COLUMN app_updated_at122;

