-- revision: bd29036fcbe0
-- revises: 65fedac1d38d
-- message: touch app_updated_at17 on update

--migrate:upgrade
ALTER TABLE app_sessions2 ADD COLUMN app_updated_at17 timestamptz;


/* trigger function */
CREATE OR REPLACE FUNCTION app_touch16() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- keep app_updated_at17 current; a semicolon here; does not end the statement
    NEW.app_updated_at17 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER app_touch16_trg
    BEFORE UPDATE ON app_sessions2
    FOR EACH ROW
    EXECUTE FUNCTION app_touch16();


-- migrate:downgrade
-- Ticket: PLAT-8251
DROP TRIGGER app_touch16_trg ON app_sessions2;
DROP FUNCTION app_touch16();

ALTER TABLE app_sessions2 DROP COLUMN app_updated_at17;
