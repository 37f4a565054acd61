-- revision: e716e42e6201
-- revises: 26089721a0f5
-- message: index app_teams150 concurrently
-- transactional: false

--migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx282 ON app_teams150 (lower(name)) WHERE name <> '';

--migrate:downgrade
-- Ticket: PLAT-5263
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx282;