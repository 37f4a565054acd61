-- revision: 65fedac1d38d
-- message: index app_invoices1 concurrently
-- revises: 52bd9ff29d16
-- transactional: false

-- migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx15 ON app_invoices1 (lower(name));


-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx15;
