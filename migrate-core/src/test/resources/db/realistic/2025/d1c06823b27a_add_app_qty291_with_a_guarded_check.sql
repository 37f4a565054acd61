-- revision: d1c06823b27a
-- revises: d365a735ad6c
-- message: add app_qty291 with a guarded check

-- migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
ALTER TABLE app_teams67 ADD COLUMN app_qty291 integer NOT NULL DEFAULT 0;

-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty291_nonnegative'
    ) THEN
        ALTER TABLE app_teams67 ADD CONSTRAINT app_qty291_nonnegative CHECK (app_qty291 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty291_nonnegative; validate later';
    END IF;
END
$$;
ALTER TABLE app_teams67 VALIDATE CONSTRAINT app_qty291_nonnegative;


-- migrate:downgrade
ALTER TABLE app_teams67 DROP CONSTRAINT IF EXISTS app_qty291_nonnegative;

ALTER TABLE app_teams67 DROP COLUMN app_qty291;

