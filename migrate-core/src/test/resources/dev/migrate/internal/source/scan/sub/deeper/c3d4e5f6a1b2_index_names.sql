-- revision: c3d4e5f6a1b2
-- revises: b2c3d4e5f6a1
-- message: index user names concurrently
-- transactional: false

-- migrate:upgrade
CREATE INDEX CONCURRENTLY users_name ON users (name);
