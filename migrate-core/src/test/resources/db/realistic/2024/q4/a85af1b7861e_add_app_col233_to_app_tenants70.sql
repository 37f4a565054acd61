-- revision: a85af1b7861e
-- revises: 32e1145814eb
-- message: add app_col233 to app_tenants70

-- migrate:upgrade
ALTER TABLE app_tenants70 ADD COLUMN app_col233 timestamptz;
-- looked up by app_col233
CREATE INDEX app_col233_idx ON app_tenants70 (app_col233);

-- migrate:downgrade
DROP INDEX app_col233_idx;
ALTER TABLE app_tenants70 DROP COLUMN app_col233;

