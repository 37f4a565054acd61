-- revision: 19502ba45ad9
-- revises: 53aa368025fd
-- message: touch app_updated_at249 on update

-- migrate: upgrade
ALTER TABLE app_jobs115 ADD COLUMN app_updated_at249 timestamptz;


/* trigger function */
CREATE OR REPLACE FUNCTION app_touch248() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    -- keep app_updated_at249 current; a semicolon here; does not end the statement
    NEW.app_updated_at249 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$body$;

CREATE TRIGGER app_touch248_trg
    BEFORE UPDATE ON app_jobs115
    FOR EACH ROW
    EXECUTE FUNCTION app_touch248();


-- migrate:downgrade
/* outer /* nested */ comment */
DROP TRIGGER app_touch248_trg ON app_jobs115;
DROP FUNCTION app_touch248();
ALTER TABLE app_jobs115 DROP COLUMN app_updated_at249;
