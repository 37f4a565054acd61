-- revision: cb438ca352e1
-- revises: bda4ca0aad7e
-- message: add app_qty142 with a guarded check

-- migrate:upgrade
/* outer /* nested */ comment */
ALTER TABLE app_sessions2 ADD COLUMN app_qty142 integer NOT NULL DEFAULT 0;
-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty142_nonnegative'
    ) THEN
        ALTER TABLE app_sessions2 ADD CONSTRAINT app_qty142_nonnegative CHECK (app_qty142 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty142_nonnegative; validate later';
    END IF;
END
$$;

ALTER TABLE app_sessions2 VALIDATE CONSTRAINT app_qty142_nonnegative;


-- migrate:downgrade
ALTER TABLE app_sessions2 DROP CONSTRAINT IF EXISTS app_qty142_nonnegative;
ALTER TABLE app_sessions2 DROP COLUMN app_qty142;
