-- revision: 10e5adb0a061
-- revises: bfd4ab80670e
-- message: add app_col300 to app_projects22

--migrate:upgrade
ALTER TABLE app_projects22 ADD COLUMN app_col300 boolean DEFAULT false;
-- looked up by app_col300
CREATE INDEX app_col300_idx ON app_projects22 (app_col300);


-- migrate: downgrade
DROP INDEX app_col300_idx;
ALTER TABLE app_projects22 DROP COLUMN app_col300
