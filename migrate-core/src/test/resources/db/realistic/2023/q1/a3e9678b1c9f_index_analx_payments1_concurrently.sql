-- revision: a3e9678b1c9f
-- revises: 2d627860f2bb
-- message: index analx_payments1 concurrently
-- transactional: false

-- migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS analx_concurrent_idx2 ON analx_payments1 (lower(name)) WHERE created_at > '2020-01-01';


-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS analx_concurrent_idx2;
