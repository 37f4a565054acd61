-- revision: 2a3b4c5d6e7f
-- revises: 1f2e3d4c5b6a
-- message: add phone_number to users

-- migrate:upgrade
ALTER TABLE users ADD COLUMN phone_number varchar(20);

-- migrate:downgrade
ALTER TABLE users DROP COLUMN phone_number;
