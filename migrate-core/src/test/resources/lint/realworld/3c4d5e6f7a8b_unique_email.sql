-- revision: 3c4d5e6f7a8b
-- revises: 2b3c4d5e6f7a
-- message: unique email, the safe way
-- transactional: false

-- migrate:upgrade
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ux_users_email ON users (email);
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX ux_users_email;

-- migrate:downgrade
ALTER TABLE users DROP CONSTRAINT users_email_key;
