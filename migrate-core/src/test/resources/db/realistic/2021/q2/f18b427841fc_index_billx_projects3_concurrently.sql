-- revision: f18b427841fc
-- revises: 6523e37af0d3
-- message: index billx_projects3 concurrently
-- transactional: false

-- migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS billx_concurrent_idx6 ON billx_projects3 (lower(name));

-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS billx_concurrent_idx6;
