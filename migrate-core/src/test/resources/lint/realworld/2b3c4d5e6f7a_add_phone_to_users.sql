-- revision: 2b3c4d5e6f7a
-- revises: 1a2b3c4d5e6f
-- message: add phone to users

-- migrate:upgrade
ALTER TABLE users ADD COLUMN phone varchar(20) NOT NULL;

CREATE INDEX ix_users_email
    ON users (email);

-- migrate:downgrade
DROP INDEX ix_users_email;
ALTER TABLE users DROP COLUMN phone;
