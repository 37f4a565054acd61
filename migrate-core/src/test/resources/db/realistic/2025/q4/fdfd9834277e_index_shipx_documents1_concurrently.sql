-- revision: fdfd9834277e
-- revises: f606222334d3
-- message: index shipx_documents1 concurrently
-- transactional: false

-- migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx272 ON shipx_documents1 (lower(name));

--migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx272

