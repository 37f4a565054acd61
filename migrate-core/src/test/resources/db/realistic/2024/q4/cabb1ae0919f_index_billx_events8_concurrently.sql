-- revision: cabb1ae0919f
-- revises: 87429ac60b64
-- message: index billx_events8 concurrently
-- transactional: false

-- migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx204 ON billx_events8 (lower(name)) WHERE created_at > '2020-01-01';

--migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx204;
