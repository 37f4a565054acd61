-- revision: 60d7050aba12
-- revises: 2673e5461c3d
-- message: index app_sessions2 concurrently
-- transactional: false

-- migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx49 ON app_sessions2 (lower(name));

-- migrate: downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx49;