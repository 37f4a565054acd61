-- revision: 8f5c011aa4ae
-- revises: e05221b5f57a
-- message: index billx_events8 concurrently
-- transactional: false

-- migrate: upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx125 ON billx_events8 (lower(name));


--migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx125;

