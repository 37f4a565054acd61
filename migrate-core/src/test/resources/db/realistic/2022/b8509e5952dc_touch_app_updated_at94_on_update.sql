-- revision: b8509e5952dc
-- revises: e8c9d73a6c86
-- message: touch app_updated_at94 on update

-- migrate: upgrade
ALTER TABLE app_comments84 ADD COLUMN app_updated_at94 timestamptz;

/* trigger function */
CREATE OR REPLACE FUNCTION app_touch93() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    -- keep app_updated_at94 current; a semicolon here; does not end the statement
    NEW.app_updated_at94 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$body$;

CREATE TRIGGER app_touch93_trg
    BEFORE UPDATE ON app_comments84
    FOR EACH ROW
    EXECUTE FUNCTION app_touch93();

-- migrate: downgrade
DROP TRIGGER app_touch93_trg ON app_comments84;

DROP FUNCTION app_touch93();

ALTER TABLE app_comments84 DROP COLUMN app_updated_at94;

