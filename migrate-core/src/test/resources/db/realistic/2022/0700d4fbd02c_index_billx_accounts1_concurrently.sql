-- revision: 0700d4fbd02c
-- revises: cdfb7996ac47
-- message: index billx_accounts1 concurrently
-- transactional: false

-- migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx88 ON billx_accounts1 (lower(name));

-- migrate: downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx88;
