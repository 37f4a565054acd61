-- revision: 9f00aa11bb22
-- revises: 1a2b3c4d5e6f
-- message: another line of the code, built on create users instead of create orders

-- migrate:upgrade
ALTER TABLE users ADD COLUMN legacy_code text;

-- migrate:downgrade
ALTER TABLE users DROP COLUMN legacy_code;
