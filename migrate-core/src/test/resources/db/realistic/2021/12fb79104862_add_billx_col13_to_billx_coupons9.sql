-- revision: 12fb79104862
-- revises: 0aaecc2ee0b4
-- message: add billx_col13 to billx_coupons9

--migrate:upgrade
ALTER TABLE billx_coupons9 ADD COLUMN billx_col13 varchar(255) DEFAULT ';';

-- looked up by billx_col13
CREATE INDEX billx_col13_idx ON billx_coupons9 (billx_col13);


-- migrate: downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP INDEX billx_col13_idx;
ALTER TABLE billx_coupons9 DROP COLUMN billx_col13;
