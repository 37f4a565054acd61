-- revision: e51a60417b1a
-- revises: 429e50b95609
-- message: touch app_updated_at210 on update
-- transactional: true

-- migrate:upgrade
ALTER TABLE billx_tenants10 ADD COLUMN app_updated_at210 timestamptz;


/* trigger function */
CREATE OR REPLACE FUNCTION app_touch209() RETURNS trigger
LANGUAGE plpgsql AS $touch1$
BEGIN
    -- keep app_updated_at210 current; a semicolon here; does not end the statement
    NEW.app_updated_at210 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$touch1$;
CREATE TRIGGER app_touch209_trg
    BEFORE UPDATE ON billx_tenants10
    FOR EACH ROW
    EXECUTE FUNCTION app_touch209();


-- migrate:downgrade
DROP TRIGGER app_touch209_trg ON billx_tenants10;
DROP FUNCTION app_touch209();
ALTER TABLE billx_tenants10 DROP COLUMN app_updated_at210;

