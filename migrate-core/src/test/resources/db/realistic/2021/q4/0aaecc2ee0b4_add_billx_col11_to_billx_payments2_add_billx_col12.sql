-- revision: 0aaecc2ee0b4
-- revises: 2b68eb04de69
-- message: add billx_col11 to billx_payments2, add billx_col12 to billx_coupons9

--migrate:upgrade
ALTER TABLE billx_payments2 ADD COLUMN billx_col11 boolean DEFAULT false;

-- looked up by billx_col11
CREATE INDEX billx_col11_idx ON billx_payments2 (billx_col11);

ALTER TABLE billx_coupons9 ADD COLUMN billx_col12 text;

-- looked up by billx_col12
CREATE INDEX billx_col12_idx ON billx_coupons9 (billx_col12);

-- migrate: downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
DROP INDEX billx_col12_idx;
ALTER TABLE billx_coupons9 DROP COLUMN billx_col12;
DROP INDEX billx_col11_idx;

ALTER TABLE billx_payments2 DROP COLUMN billx_col11