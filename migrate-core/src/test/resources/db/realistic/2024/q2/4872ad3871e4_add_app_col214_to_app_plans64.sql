-- revision: 4872ad3871e4
-- revises: 4d09b7bb2c2e
-- message: add app_col214 to app_plans64
-- transactional: true

-- migrate:upgrade
ALTER TABLE app_plans64 ADD COLUMN app_col214 text;

-- looked up by app_col214
CREATE INDEX app_col214_idx ON app_plans64 (app_col214);

-- migrate: downgrade
DROP INDEX app_col214_idx;
ALTER TABLE app_plans64 DROP COLUMN app_col214;
