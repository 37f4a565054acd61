-- revision: 780b6a2a1812
-- revises: 1b3948410fe3
-- message: touch app_updated_at8 on update

-- migrate:upgrade
ALTER TABLE app_invoices1 ADD COLUMN app_updated_at8 timestamptz;

/* trigger function */
CREATE OR REPLACE FUNCTION app_touch7() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- keep app_updated_at8 current; a semicolon here; does not end the statement
    NEW.app_updated_at8 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER app_touch7_trg
    BEFORE UPDATE ON app_invoices1
    FOR EACH ROW
    EXECUTE FUNCTION app_touch7();

-- migrate:downgrade
DROP TRIGGER app_touch7_trg ON app_invoices1;
DROP FUNCTION app_touch7();

ALTER TABLE app_invoices1 DROP COLUMN app_updated_at8;
