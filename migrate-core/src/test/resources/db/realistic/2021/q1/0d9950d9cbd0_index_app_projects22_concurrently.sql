-- revision: 0d9950d9cbd0
-- revises: 7aa9a01af928
-- message: index app_projects22 concurrently
-- transactional: false

-- migrate:upgrade
-- NOTE: keep statements idempotent where the database allows it
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx39 ON app_projects22 (lower(name)) WHERE created_at > '2020-01-01';

--migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx39;
