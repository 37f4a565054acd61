-- revision: 1d237e6b74a0
-- revises: 88145d4a47ec
-- message: index app_invoices1 concurrently
-- transactional: false

--migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx18 ON app_invoices1 (lower(name)) WHERE created_at > '2020-01-01';


-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx18

