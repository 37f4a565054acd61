-- revision: 775c49201c3e
-- transactional: false
-- message: index catax_invoices1 concurrently
-- revises: 33964f8ee72a

-- migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS catax_concurrent_idx4 ON catax_invoices1 (lower(name));

-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS catax_concurrent_idx4
