-- revision: 6bc472be52f3
-- revises: bb51ef1695a8
-- message: index invex_tenants4 concurrently
-- transactional: false

-- migrate: upgrade
/* outer /* nested */ comment */
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx294 ON invex_tenants4 (lower(name));


-- migrate: downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx294
