-- revision: 5e6f7a8b9c0d
-- revises: 4d5e6f7a8b9c

-- migrate:upgrade
ALTER TABLE users RENAME COLUMN name TO full_name;

-- migrate:downgrade
ALTER TABLE users RENAME COLUMN full_name TO name;
