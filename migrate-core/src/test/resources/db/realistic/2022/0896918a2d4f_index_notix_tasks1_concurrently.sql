-- revision: 0896918a2d4f
-- revises: f0573279972d
-- message: index notix_tasks1 concurrently
-- transactional: false

-- migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS notix_concurrent_idx3 ON notix_tasks1 (lower(name)) WHERE name <> '';


-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS notix_concurrent_idx3;

