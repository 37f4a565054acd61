-- revision: cf806f6f6a0a
-- revises: f76ecd136b11
-- message: touch app_updated_at188 on update

-- migrate:upgrade
ALTER TABLE app_invoices1 ADD COLUMN app_updated_at188 timestamptz;

/* trigger function */
CREATE OR REPLACE FUNCTION app_touch187() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    -- keep app_updated_at188 current; a semicolon here; does not end the statement
    NEW.app_updated_at188 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$fn$;

CREATE TRIGGER app_touch187_trg
    BEFORE UPDATE ON app_invoices1
    FOR EACH ROW
    EXECUTE FUNCTION app_touch187();

-- migrate:downgrade
DROP TRIGGER app_touch187_trg ON app_invoices1;

DROP FUNCTION app_touch187();
ALTER TABLE app_invoices1 DROP COLUMN app_updated_at188;
