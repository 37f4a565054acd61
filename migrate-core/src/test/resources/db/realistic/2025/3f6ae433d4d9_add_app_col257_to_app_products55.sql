-- revision: 3f6ae433d4d9
-- revises: 684804a898a3
-- message: add app_col257 to app_products55

-- migrate: upgrade
ALTER TABLE app_products55 ADD COLUMN app_col257 timestamptz;

-- migrate: downgrade
ALTER TABLE app_products55 DROP COLUMN app_col257;
