-- revision: d8111c24b439
-- message: index app_carts123 concurrently
-- transactional: false
-- revises: a656b74edaa2

-- migrate: upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx169 ON app_carts123 (lower(name)) WHERE created_at > '2020-01-01';

--migrate:downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx169;
