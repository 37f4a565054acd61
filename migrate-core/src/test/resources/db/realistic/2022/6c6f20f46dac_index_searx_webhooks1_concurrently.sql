-- revision: 6c6f20f46dac
-- revises: 2f47ec64da36
-- message: index searx_webhooks1 concurrently
-- transactional: false

-- migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx57 ON searx_webhooks1 (lower(name));

-- migrate:downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx57;

