-- revision: dccbe1cd21aa
-- message: add app_qty270 with a guarded check
-- revises: c5cfce054b60

-- migrate:upgrade
ALTER TABLE app_events163 ADD COLUMN app_qty270 integer NOT NULL DEFAULT 0;

-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty270_nonnegative'
    ) THEN
        ALTER TABLE app_events163 ADD CONSTRAINT app_qty270_nonnegative CHECK (app_qty270 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty270_nonnegative; validate later';
    END IF;
END
$$;
ALTER TABLE app_events163 VALIDATE CONSTRAINT app_qty270_nonnegative;


-- migrate: downgrade
ALTER TABLE app_events163 DROP CONSTRAINT IF EXISTS app_qty270_nonnegative;
ALTER TABLE app_events163 DROP COLUMN app_qty270;

