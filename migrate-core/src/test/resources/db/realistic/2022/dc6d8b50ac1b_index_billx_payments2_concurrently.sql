-- revision: dc6d8b50ac1b
-- transactional: false
-- revises: e878d08021fc
-- message: index billx_payments2 concurrently

-- migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx59 ON billx_payments2 (lower(name)) WHERE name <> '';


-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx59;

