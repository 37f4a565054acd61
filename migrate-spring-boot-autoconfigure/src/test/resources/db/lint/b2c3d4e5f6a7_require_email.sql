-- revision: b2c3d4e5f6a7
-- revises: a1b2c3d4e5f6
-- message: require account email

-- migrate:upgrade
ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;

-- migrate:downgrade
ALTER TABLE accounts ALTER COLUMN email DROP NOT NULL;
