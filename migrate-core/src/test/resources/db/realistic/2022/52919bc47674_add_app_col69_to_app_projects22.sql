-- revision: 52919bc47674
-- revises: b47bc2c06035
-- message: add app_col69 to app_projects22

--migrate:upgrade
ALTER TABLE app_projects22 ADD COLUMN app_col69 varchar(255) DEFAULT ';';

-- looked up by app_col69
CREATE INDEX app_col69_idx ON app_projects22 (app_col69);

-- migrate: downgrade
DROP INDEX app_col69_idx;

ALTER TABLE app_projects22 DROP COLUMN app_col69;
