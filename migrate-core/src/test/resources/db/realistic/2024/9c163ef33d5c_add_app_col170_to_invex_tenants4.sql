-- revision: 9c163ef33d5c
-- revises: d8111c24b439
-- message: add app_col170 to invex_tenants4

--migrate:upgrade
ALTER TABLE invex_tenants4 ADD COLUMN app_col170 timestamptz;

-- migrate:downgrade
ALTER TABLE invex_tenants4 DROP COLUMN app_col170;
