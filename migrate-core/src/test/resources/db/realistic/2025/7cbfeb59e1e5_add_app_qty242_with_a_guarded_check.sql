-- revision: 7cbfeb59e1e5
-- revises: f5ab86c1e836
-- message: add app_qty242 with a guarded check
-- transactional: true

-- migrate: upgrade
ALTER TABLE app_webhooks141 ADD COLUMN app_qty242 integer NOT NULL DEFAULT 0;

-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty242_nonnegative'
    ) THEN
        ALTER TABLE app_webhooks141 ADD CONSTRAINT app_qty242_nonnegative CHECK (app_qty242 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty242_nonnegative; validate later';
    END IF;
END
$$;

ALTER TABLE app_webhooks141 VALIDATE CONSTRAINT app_qty242_nonnegative;

-- migrate: downgrade
ALTER TABLE app_webhooks141 DROP CONSTRAINT IF EXISTS app_qty242_nonnegative;

ALTER TABLE app_webhooks141 DROP COLUMN app_qty242;

