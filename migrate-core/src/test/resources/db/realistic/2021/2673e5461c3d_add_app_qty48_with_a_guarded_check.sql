-- revision: 2673e5461c3d
-- revises: 9225b39f06f2
-- message: add app_qty48 with a guarded check

--migrate:upgrade
ALTER TABLE app_reviews41 ADD COLUMN app_qty48 integer NOT NULL DEFAULT 0;
-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty48_nonnegative'
    ) THEN
        ALTER TABLE app_reviews41 ADD CONSTRAINT app_qty48_nonnegative CHECK (app_qty48 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty48_nonnegative; validate later';
    END IF;
END
$$;

ALTER TABLE app_reviews41 VALIDATE CONSTRAINT app_qty48_nonnegative;

-- migrate:downgrade
ALTER TABLE app_reviews41 DROP CONSTRAINT IF EXISTS app_qty48_nonnegative;

ALTER TABLE app_reviews41 DROP COLUMN app_qty48;
