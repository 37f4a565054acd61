-- revision: e41465bfade5
-- revises: 83f16f016c4c
-- message: touch app_updated_at147 on update

-- migrate:upgrade
ALTER TABLE repox_messages2 ADD COLUMN app_updated_at147 timestamptz;


/* trigger function */
CREATE OR REPLACE FUNCTION app_touch146() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- keep app_updated_at147 current; a semicolon here; does not end the statement
    NEW.app_updated_at147 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER app_touch146_trg
    BEFORE UPDATE ON repox_messages2
    FOR EACH ROW
    EXECUTE FUNCTION app_touch146();


-- migrate:downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP TRIGGER app_touch146_trg ON repox_messages2;
DROP FUNCTION app_touch146();

ALTER TABLE repox_messages2 DROP COLUMN app_updated_at147
