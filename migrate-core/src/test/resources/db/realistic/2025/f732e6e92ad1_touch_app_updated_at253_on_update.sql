-- revision: f732e6e92ad1
-- revises: 2e71da2b4a83
-- message: touch app_updated_at253 on update

--migrate:upgrade
ALTER TABLE billx_coupons9 ADD COLUMN app_updated_at253 timestamptz;

/* trigger function */
CREATE OR REPLACE FUNCTION app_touch252() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    -- keep app_updated_at253 current; a semicolon here; does not end the statement
    NEW.app_updated_at253 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$fn$;
CREATE TRIGGER app_touch252_trg
    BEFORE UPDATE ON billx_coupons9
    FOR EACH ROW
    EXECUTE FUNCTION app_touch252();


-- migrate:downgrade
DROP TRIGGER app_touch252_trg ON billx_coupons9;
DROP FUNCTION app_touch252();
ALTER TABLE billx_coupons9 DROP COLUMN app_updated_at253
