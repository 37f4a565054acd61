-- revision: d1c21992c07d
-- revises: d1c06823b27a
-- message: index invex_tenants4 concurrently
-- transactional: false

--migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx292 ON invex_tenants4 (lower(name));


-- migrate:downgrade
/* outer /* nested */ comment */
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx292;

