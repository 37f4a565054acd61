-- revision: 91f07d17ef5e
-- revises: 4f1ba711ab61
-- message: add app_qty131 with a guarded check

-- migrate: upgrade
-- NOTE: keep statements idempotent where the database allows it
ALTER TABLE billx_tenants10 ADD COLUMN app_qty131 integer NOT NULL DEFAULT 0;
-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty131_nonnegative'
    ) THEN
        ALTER TABLE billx_tenants10 ADD CONSTRAINT app_qty131_nonnegative CHECK (app_qty131 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty131_nonnegative; validate later';
    END IF;
END
$$;
ALTER TABLE billx_tenants10 VALIDATE CONSTRAINT app_qty131_nonnegative;

-- migrate: downgrade
-- NOTE: keep statements idempotent where the database allows it
ALTER TABLE billx_tenants10 DROP CONSTRAINT IF EXISTS app_qty131_nonnegative;
ALTER TABLE billx_tenants10 DROP COLUMN app_qty131;

