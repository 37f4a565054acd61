-- revision: 2704d308a485
-- revises: f74b9ed8a648
-- message: add app_col36 to app_settings35

--migrate:upgrade
ALTER TABLE app_settings35 ADD COLUMN app_col36 text;

-- looked up by app_col36
CREATE INDEX app_col36_idx ON app_settings35 (app_col36);

-- migrate:downgrade
DROP INDEX app_col36_idx;
ALTER TABLE app_settings35 DROP COLUMN app_col36;