-- revision: 56bff05965b3
-- revises: 041318de51f7
-- message: add app_col148 to app_tenants112

-- migrate:upgrade
ALTER TABLE app_tenants112 ADD COLUMN app_col148 text;


--migrate:downgrade
ALTER TABLE app_tenants112 DROP COLUMN app_col148;
