-- revision: 75d8ceba9053
-- message: add app_col273 to billx_payments2, add app_qty274 with a guarded check
-- revises: 71c4814b111d

-- migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
ALTER TABLE billx_payments2 ADD COLUMN app_col273 integer NOT NULL DEFAULT 0;
-- looked up by app_col273
CREATE INDEX app_col273_idx ON billx_payments2 (app_col273);

ALTER TABLE analx_payments1 ADD COLUMN app_qty274 integer NOT NULL DEFAULT 0;
-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty274_nonnegative'
    ) THEN
        ALTER TABLE analx_payments1 ADD CONSTRAINT app_qty274_nonnegative CHECK (app_qty274 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty274_nonnegative; validate later';
    END IF;
END
$$;

ALTER TABLE analx_payments1 VALIDATE CONSTRAINT app_qty274_nonnegative;

--migrate:downgrade
ALTER TABLE analx_payments1 DROP CONSTRAINT IF EXISTS app_qty274_nonnegative;
ALTER TABLE analx_payments1 DROP COLUMN app_qty274;
DROP INDEX app_col273_idx;

ALTER TABLE billx_payments2 DROP COLUMN app_col273;

