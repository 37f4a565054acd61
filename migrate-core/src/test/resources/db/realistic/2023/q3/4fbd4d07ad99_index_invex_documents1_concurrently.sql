-- revision: 4fbd4d07ad99
-- revises: fb48f8e06bf5
-- message: index invex_documents1 concurrently
-- transactional: false

--migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx120 ON invex_documents1 (lower(name));

--migrate:downgrade
/* outer /* nested */ comment */
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx120;

