-- revision: 26089721a0f5
-- revises: 27e9d9141342
-- message: add app_qty281 with a guarded check

-- migrate: upgrade
/* outer /* nested */ comment */
ALTER TABLE billx_payments2 ADD COLUMN app_qty281 integer NOT NULL DEFAULT 0;

-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty281_nonnegative'
    ) THEN
        ALTER TABLE billx_payments2 ADD CONSTRAINT app_qty281_nonnegative CHECK (app_qty281 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty281_nonnegative; validate later';
    END IF;
END
$$;

ALTER TABLE billx_payments2 VALIDATE CONSTRAINT app_qty281_nonnegative;

--migrate:downgrade
ALTER TABLE billx_payments2 DROP CONSTRAINT IF EXISTS app_qty281_nonnegative;
ALTER TABLE billx_payments2 DROP COLUMN app_qty281;
