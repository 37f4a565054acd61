-- revision: bb9df476092f
-- revises: b32e5439f75f
-- message: add app_qty12 with a guarded check

-- migrate:upgrade
ALTER TABLE app_sessions2 ADD COLUMN app_qty12 integer NOT NULL DEFAULT 0;
-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty12_nonnegative'
    ) THEN
        ALTER TABLE app_sessions2 ADD CONSTRAINT app_qty12_nonnegative CHECK (app_qty12 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty12_nonnegative; validate later';
    END IF;
END
$$;
ALTER TABLE app_sessions2 VALIDATE CONSTRAINT app_qty12_nonnegative;

-- migrate:downgrade
ALTER TABLE app_sessions2 DROP CONSTRAINT IF EXISTS app_qty12_nonnegative;
ALTER TABLE app_sessions2 DROP COLUMN app_qty12
