-- revision: f8f787553acb
-- revises: 316313367309
-- message: add app_qty153 with a guarded check, add app_col154 to app_settings35

-- migrate:upgrade
ALTER TABLE app_tenants70 ADD COLUMN app_qty153 integer NOT NULL DEFAULT 0;

-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty153_nonnegative'
    ) THEN
        ALTER TABLE app_tenants70 ADD CONSTRAINT app_qty153_nonnegative CHECK (app_qty153 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty153_nonnegative; validate later';
    END IF;
END
$$;

ALTER TABLE app_tenants70 VALIDATE CONSTRAINT app_qty153_nonnegative;
ALTER TABLE app_settings35 ADD COLUMN app_col154 timestamptz;

--migrate:downgrade
ALTER TABLE app_settings35 DROP COLUMN app_col154;
ALTER TABLE app_tenants70 DROP CONSTRAINT IF EXISTS app_qty153_nonnegative;

ALTER TABLE app_tenants70 DROP COLUMN app_qty153;
