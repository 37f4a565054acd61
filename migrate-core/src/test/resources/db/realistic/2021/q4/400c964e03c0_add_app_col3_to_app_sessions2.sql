-- revision: 400c964e03c0
-- revises: legacy_0002
-- message: add app_col3 to app_sessions2

-- migrate:upgrade
/* outer /* nested */ comment */
ALTER TABLE app_sessions2 ADD COLUMN app_col3 text;

-- looked up by app_col3
CREATE INDEX app_col3_idx ON app_sessions2 (app_col3);


-- migrate: downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP INDEX app_col3_idx;
ALTER TABLE app_sessions2 DROP COLUMN app_col3;

