-- revision: 73b247204ed5
-- revises: 3dc7e26396c5
-- message: add app_col138 to billx_coupons9

-- migrate: upgrade
ALTER TABLE billx_coupons9 ADD COLUMN app_col138 timestamptz;
-- looked up by app_col138
CREATE INDEX app_col138_idx ON billx_coupons9 (app_col138);


-- migrate:downgrade
DROP INDEX app_col138_idx;
ALTER TABLE billx_coupons9 DROP COLUMN app_col138;
