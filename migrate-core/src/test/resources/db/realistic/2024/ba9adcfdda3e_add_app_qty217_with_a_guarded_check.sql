-- revision: ba9adcfdda3e
-- revises: 02f5173f03d1
-- message: add app_qty217 with a guarded check

--migrate:upgrade
ALTER TABLE invex_tenants4 ADD COLUMN app_qty217 integer NOT NULL DEFAULT 0;

-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty217_nonnegative'
    ) THEN
        ALTER TABLE invex_tenants4 ADD CONSTRAINT app_qty217_nonnegative CHECK (app_qty217 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty217_nonnegative; validate later';
    END IF;
END
$$;
ALTER TABLE invex_tenants4 VALIDATE CONSTRAINT app_qty217_nonnegative;

--migrate:downgrade
/* outer /* nested */ comment */
ALTER TABLE invex_tenants4 DROP CONSTRAINT IF EXISTS app_qty217_nonnegative;
ALTER TABLE invex_tenants4 DROP COLUMN app_qty217;

