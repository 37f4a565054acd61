-- revision: faea96e83433
-- transactional: false
-- message: index app_settings35 concurrently
-- revises: c6563bca7431

--migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx43 ON app_settings35 (lower(name));

-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx43;
