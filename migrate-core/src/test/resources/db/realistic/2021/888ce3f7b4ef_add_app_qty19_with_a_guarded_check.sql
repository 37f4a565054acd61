-- revision: 888ce3f7b4ef
-- revises: 1d237e6b74a0
-- message: add app_qty19 with a guarded check

-- migrate:upgrade
ALTER TABLE app_invoices1 ADD COLUMN app_qty19 integer NOT NULL DEFAULT 0;

-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty19_nonnegative'
    ) THEN
        ALTER TABLE app_invoices1 ADD CONSTRAINT app_qty19_nonnegative CHECK (app_qty19 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty19_nonnegative; validate later';
    END IF;
END
$$;
ALTER TABLE app_invoices1 VALIDATE CONSTRAINT app_qty19_nonnegative;


-- migrate:downgrade
ALTER TABLE app_invoices1 DROP CONSTRAINT IF EXISTS app_qty19_nonnegative;
ALTER TABLE app_invoices1 DROP COLUMN app_qty19;

