-- revision: 6e2bee0d9246
-- revises: e1b1faaf37e5
-- message: index app_refunds47 concurrently
-- transactional: false

-- migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx175 ON app_refunds47 (lower(name));

--migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx175;

