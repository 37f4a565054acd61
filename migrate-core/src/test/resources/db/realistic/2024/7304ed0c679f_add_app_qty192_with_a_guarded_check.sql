-- revision: 7304ed0c679f
-- revises: 9714e9cc378a
-- message: add app_qty192 with a guarded check

--migrate:upgrade
ALTER TABLE app_tenants87 ADD COLUMN app_qty192 integer NOT NULL DEFAULT 0;

-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty192_nonnegative'
    ) THEN
        ALTER TABLE app_tenants87 ADD CONSTRAINT app_qty192_nonnegative CHECK (app_qty192 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty192_nonnegative; validate later';
    END IF;
END
$$;

ALTER TABLE app_tenants87 VALIDATE CONSTRAINT app_qty192_nonnegative;

--migrate:downgrade
ALTER TABLE app_tenants87 DROP CONSTRAINT IF EXISTS app_qty192_nonnegative;
ALTER TABLE app_tenants87 DROP COLUMN app_qty192;

