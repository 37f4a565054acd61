-- revision: 7a473e566b5f
-- revises: 1922267d8eab
-- message: touch app_updated_at110 on update, row level security on app_messages86

--migrate:upgrade
ALTER TABLE app_plans64 ADD COLUMN app_updated_at110 timestamptz;

/* trigger function */
CREATE OR REPLACE FUNCTION app_touch109() RETURNS trigger
LANGUAGE plpgsql AS $touch1$
BEGIN
    -- keep app_updated_at110 current; a semicolon here; does not end the statement
    NEW.app_updated_at110 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$touch1$;

CREATE TRIGGER app_touch109_trg
    BEFORE UPDATE ON app_plans64
    FOR EACH ROW
    EXECUTE FUNCTION app_touch109();
ALTER TABLE app_messages86 ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_p111_own_rows ON app_messages86
    USING (name = current_user OR current_setting('app.admin', true) = 'on');


-- migrate: downgrade
DROP POLICY app_p111_own_rows ON app_messages86;
ALTER TABLE app_messages86 DISABLE ROW LEVEL SECURITY;
DROP TRIGGER app_touch109_trg ON app_plans64;
DROP FUNCTION app_touch109();
ALTER TABLE app_plans64 DROP COLUMN app_updated_at110;

