-- revision: 99ac560469e9
-- revises: 0700d4fbd02c
-- message: index app_messages86 concurrently
-- transactional: false

--migrate:upgrade
/* outer /* nested */ comment */
-- CONCURRENTLY cannot run inside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS app_concurrent_idx89 ON app_messages86 (lower(name));


-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS app_concurrent_idx89

