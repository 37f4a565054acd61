-- revision: a656b74edaa2
-- revises: f36618c6d02e
-- transactional: false
-- message: index app_carts123 concurrently

-- migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx168 ON app_carts123 (lower(name)) WHERE created_at > '2020-01-01';


-- migrate: downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx168;

