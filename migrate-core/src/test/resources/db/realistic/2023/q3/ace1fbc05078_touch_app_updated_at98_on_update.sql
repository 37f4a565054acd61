-- revision: ace1fbc05078
-- revises: 258098b79a1f
-- message: touch app_updated_at98 on update
-- transactional: true

-- migrate:upgrade
ALTER TABLE app_products55 ADD COLUMN app_updated_at98 timestamptz;

/* trigger function */
CREATE OR REPLACE FUNCTION app_touch97() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    -- keep app_updated_at98 current; a semicolon here; does not end the statement
    NEW.app_updated_at98 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$body$;
CREATE TRIGGER app_touch97_trg
    BEFORE UPDATE ON app_products55
    FOR EACH ROW
    EXECUTE FUNCTION app_touch97();


-- migrate: downgrade
/* outer /* nested */ comment */
DROP TRIGGER app_touch97_trg ON app_products55;
DROP FUNCTION app_touch97();

ALTER TABLE app_products55 DROP COLUMN app_updated_at98;
