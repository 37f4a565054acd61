-- revision: 3c4d5e6f7a8b
-- revises: 2b3c4d5e6f7a
-- message: unique email, the safe way
-- transactional: false

-- migrate:upgrade
DROP INDEX CONCURRENTLY IF EXISTS ux_users_email;
CREATE UNIQUE INDEX CONCURRENTLY ux_users_email ON users (email);

-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS ux_users_email;
