-- revision: 850ff5383fd0
-- revises: 85898a5b0a7c
-- message: add app_col83 to app_tenants70

-- migrate: upgrade
ALTER TABLE app_tenants70 ADD COLUMN app_col83 timestamptz;

-- migrate:downgrade
ALTER TABLE app_tenants70 DROP COLUMN app_col83;
