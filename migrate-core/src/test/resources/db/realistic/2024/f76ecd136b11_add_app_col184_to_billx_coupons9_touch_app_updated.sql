-- revision: f76ecd136b11
-- revises: a71f0ea4f93c
-- message: add app_col184 to billx_coupons9, touch app_updated_at186 on update

-- migrate:upgrade
-- NOTE: keep statements idempotent where the database allows it
ALTER TABLE billx_coupons9 ADD COLUMN app_col184 timestamptz;

ALTER TABLE billx_accounts1 ADD COLUMN app_updated_at186 timestamptz;

/* trigger function */
CREATE OR REPLACE FUNCTION app_touch185() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    -- keep app_updated_at186 current; a semicolon here; does not end the statement
    NEW.app_updated_at186 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$body$;
CREATE TRIGGER app_touch185_trg
    BEFORE UPDATE ON billx_accounts1
    FOR EACH ROW
    EXECUTE FUNCTION app_touch185();

-- migrate:downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP TRIGGER app_touch185_trg ON billx_accounts1;

DROP FUNCTION app_touch185();

ALTER TABLE billx_accounts1 DROP COLUMN app_updated_at186;

ALTER TABLE billx_coupons9 DROP COLUMN app_col184;
