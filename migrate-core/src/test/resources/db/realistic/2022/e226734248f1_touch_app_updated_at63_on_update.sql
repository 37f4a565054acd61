-- revision: e226734248f1
-- revises: 692dc68e0200
-- message: touch app_updated_at63 on update

-- migrate:upgrade
ALTER TABLE billx_projects3 ADD COLUMN app_updated_at63 timestamptz;

/* trigger function */
CREATE OR REPLACE FUNCTION app_touch62() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    -- keep app_updated_at63 current; a semicolon here; does not end the statement
    NEW.app_updated_at63 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$body$;
CREATE TRIGGER app_touch62_trg
    BEFORE UPDATE ON billx_projects3
    FOR EACH ROW
    EXECUTE FUNCTION app_touch62();


--migrate:downgrade
DROP TRIGGER app_touch62_trg ON billx_projects3;
DROP FUNCTION app_touch62();

ALTER TABLE billx_projects3 DROP COLUMN app_updated_at63;
