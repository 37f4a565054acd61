-- revision: 971362cb4300
-- message: add app_col13 to app_sessions2
-- revises: bb9df476092f

-- migrate: upgrade
/* outer /* nested */ comment */
ALTER TABLE app_sessions2 ADD COLUMN app_col13 jsonb NOT NULL DEFAULT '[]'::jsonb;
-- looked up by app_col13
CREATE INDEX app_col13_idx ON app_sessions2 (app_col13);


-- migrate:downgrade
DROP INDEX app_col13_idx;
ALTER TABLE app_sessions2 DROP COLUMN app_col13;

