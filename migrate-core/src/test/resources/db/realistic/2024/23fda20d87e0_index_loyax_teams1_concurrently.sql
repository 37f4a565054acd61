-- revision: 23fda20d87e0
-- revises: 6e2bee0d9246
-- message: index loyax_teams1 concurrently
-- transactional: false

-- migrate:upgrade
-- Ticket: PLAT-1896
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx176 ON loyax_teams1 (lower(name));

--migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx176;
