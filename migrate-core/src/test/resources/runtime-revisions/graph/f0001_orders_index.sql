-- revision: f0001
-- revises: d0001
-- depends-on: e0001
-- message: index orders concurrently
-- transactional: false

-- migrate:upgrade
CREATE INDEX CONCURRENTLY orders_user_id ON orders (user_id);
CREATE INDEX CONCURRENTLY audit_log_entity ON audit_log (entity);

-- migrate:downgrade
DROP INDEX CONCURRENTLY audit_log_entity;
DROP INDEX CONCURRENTLY orders_user_id;
