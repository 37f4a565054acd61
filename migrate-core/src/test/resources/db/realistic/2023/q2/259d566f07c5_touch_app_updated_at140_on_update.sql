-- revision: 259d566f07c5
-- revises: 73b247204ed5
-- message: touch app_updated_at140 on update

--migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
ALTER TABLE app_tenants70 ADD COLUMN app_updated_at140 timestamptz;


/* trigger function */
CREATE OR REPLACE FUNCTION app_touch139() RETURNS trigger
LANGUAGE plpgsql AS $_$
BEGIN
    -- keep app_updated_at140 current; a semicolon here; does not end the statement
    NEW.app_updated_at140 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$_$;
CREATE TRIGGER app_touch139_trg
    BEFORE UPDATE ON app_tenants70
    FOR EACH ROW
    EXECUTE FUNCTION app_touch139();

--migrate:downgrade
DROP TRIGGER app_touch139_trg ON app_tenants70;

DROP FUNCTION app_touch139();
ALTER TABLE app_tenants70 DROP COLUMN app_updated_at140;
