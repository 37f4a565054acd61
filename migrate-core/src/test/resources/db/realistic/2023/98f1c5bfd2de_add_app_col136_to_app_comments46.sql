-- revision: 98f1c5bfd2de
-- revises: 8b5ff78c6382
-- message: add app_col136 to app_comments46

-- migrate:upgrade
ALTER TABLE app_comments46 ADD COLUMN app_col136 boolean DEFAULT false;

-- looked up by app_col136
CREATE INDEX app_col136_idx ON app_comments46 (app_col136);

-- migrate:downgrade
DROP INDEX app_col136_idx;
ALTER TABLE app_comments46 DROP COLUMN app_col136;

