-- revision: b32e5439f75f
-- revises: d23a7d3109bf
-- message: index app_invoices1 concurrently
-- transactional: false

-- migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx11 ON app_invoices1 (lower(name));

-- migrate: downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx11;
