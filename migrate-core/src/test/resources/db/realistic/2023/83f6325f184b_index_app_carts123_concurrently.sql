-- revision: 83f6325f184b
-- revises: a7cb12c9863d
-- message: index app_carts123 concurrently
-- transactional: false

-- migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx161 ON app_carts123 (lower(name)) WHERE created_at > '2020-01-01';


--migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx161;
