-- revision: 9acd033bf8ce
-- revises: f732e6e92ad1
-- message: add app_col254 to app_tenants87
-- transactional: true

-- migrate:upgrade
ALTER TABLE app_tenants87 ADD COLUMN app_col254 boolean DEFAULT false;

--migrate:downgrade
ALTER TABLE app_tenants87 DROP COLUMN app_col254;

