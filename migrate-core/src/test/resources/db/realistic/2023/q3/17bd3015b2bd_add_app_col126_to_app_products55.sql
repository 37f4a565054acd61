-- revision: 17bd3015b2bd
-- revises: 21e8dc9fc6a6
-- message: add app_col126 to app_products55

-- migrate: upgrade
ALTER TABLE app_products55 ADD COLUMN app_col126 timestamptz;


-- migrate:downgrade
ALTER TABLE app_products55 DROP COLUMN app_col126;
