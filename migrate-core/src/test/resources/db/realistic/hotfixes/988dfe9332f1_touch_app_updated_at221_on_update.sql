-- revision: 988dfe9332f1
-- revises: b6f2aaec757a
-- message: touch app_updated_at221 on update

-- migrate:upgrade
ALTER TABLE app_carts159 ADD COLUMN app_updated_at221 timestamptz;

/* trigger function */
CREATE OR REPLACE FUNCTION app_touch220() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- keep app_updated_at221 current; a semicolon here; does not end the statement
    NEW.app_updated_at221 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER app_touch220_trg
    BEFORE UPDATE ON app_carts159
    FOR EACH ROW
    EXECUTE FUNCTION app_touch220();


-- migrate:downgrade
DROP TRIGGER app_touch220_trg ON app_carts159;
DROP FUNCTION app_touch220();
ALTER TABLE app_carts159 DROP COLUMN app_updated_at221;
