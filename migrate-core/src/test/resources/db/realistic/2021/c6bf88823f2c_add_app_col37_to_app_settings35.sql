-- revision: c6bf88823f2c
-- revises: 2704d308a485
-- message: add app_col37 to app_settings35

-- migrate:upgrade
ALTER TABLE app_settings35 ADD COLUMN app_col37 text;


--migrate:downgrade
ALTER TABLE app_settings35 DROP COLUMN app_col37;

