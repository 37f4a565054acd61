-- revision: l0002
-- revises: l0001
-- message: add balance

-- migrate:upgrade
ALTER TABLE accounts ADD COLUMN balance numeric NOT NULL DEFAULT 0;

-- migrate:downgrade
ALTER TABLE accounts DROP COLUMN balance;
