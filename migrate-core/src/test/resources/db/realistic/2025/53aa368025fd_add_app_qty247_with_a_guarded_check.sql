-- revision: 53aa368025fd
-- revises: 2d114aa77629
-- message: add app_qty247 with a guarded check

-- migrate: upgrade
ALTER TABLE app_events230 ADD COLUMN app_qty247 integer NOT NULL DEFAULT 0;
-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty247_nonnegative'
    ) THEN
        ALTER TABLE app_events230 ADD CONSTRAINT app_qty247_nonnegative CHECK (app_qty247 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty247_nonnegative; validate later';
    END IF;
END
$$;

ALTER TABLE app_events230 VALIDATE CONSTRAINT app_qty247_nonnegative;


-- migrate: downgrade
ALTER TABLE app_events230 DROP CONSTRAINT IF EXISTS app_qty247_nonnegative;
ALTER TABLE app_events230 DROP COLUMN app_qty247;

