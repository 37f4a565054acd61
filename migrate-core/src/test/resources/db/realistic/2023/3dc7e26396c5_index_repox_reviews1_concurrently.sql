-- revision: 3dc7e26396c5
-- revises: 98f1c5bfd2de
-- message: index repox_reviews1 concurrently
-- transactional: false

--migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx137 ON repox_reviews1 (lower(name)) WHERE name <> '';


--migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx137;

