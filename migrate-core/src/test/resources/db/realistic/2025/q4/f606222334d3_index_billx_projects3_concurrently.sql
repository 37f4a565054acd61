-- revision: f606222334d3
-- revises: dccbe1cd21aa
-- message: index billx_projects3 concurrently
-- transactional: false

--migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx271 ON billx_projects3 (lower(name)) WHERE name <> '';

-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx271;

