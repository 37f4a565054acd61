-- revision: adfba7671502
-- revises: d8b7e8a0058e
-- message: index audix_reviews1 concurrently
-- transactional: false

-- migrate: upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS audix_concurrent_idx10 ON audix_reviews1 (lower(name));

-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS audix_concurrent_idx10

