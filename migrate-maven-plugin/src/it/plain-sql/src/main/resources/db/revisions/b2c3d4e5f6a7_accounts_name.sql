-- revision: b2c3d4e5f6a7
-- revises: a1b2c3d4e5f6
-- message: add name to accounts

-- migrate:upgrade
ALTER TABLE accounts ADD COLUMN name varchar(100);

-- migrate:downgrade
ALTER TABLE accounts DROP COLUMN name;
