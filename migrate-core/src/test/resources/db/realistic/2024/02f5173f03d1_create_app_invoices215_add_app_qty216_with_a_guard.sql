-- revision: 02f5173f03d1
-- revises: 370671242cce
-- message: create app_invoices215, add app_qty216 with a guarded check

-- migrate:upgrade
-- app_invoices215: one row per invoice
CREATE TABLE app_invoices215 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    priority smallint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_invoices215 IS 'It''s the invoices table; see the wiki';
CREATE INDEX app_invoices215_created_at_idx ON app_invoices215 (created_at DESC);
ALTER TABLE shipx_orders3 ADD COLUMN app_qty216 integer NOT NULL DEFAULT 0;
-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty216_nonnegative'
    ) THEN
        ALTER TABLE shipx_orders3 ADD CONSTRAINT app_qty216_nonnegative CHECK (app_qty216 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty216_nonnegative; validate later';
    END IF;
END
$$;
ALTER TABLE shipx_orders3 VALIDATE CONSTRAINT app_qty216_nonnegative;


-- migrate:downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
ALTER TABLE shipx_orders3 DROP CONSTRAINT IF EXISTS app_qty216_nonnegative;

ALTER TABLE shipx_orders3 DROP COLUMN app_qty216;
DROP TABLE app_invoices215;
