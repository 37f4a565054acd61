-- revision: 7f8091a2b3c4
-- revises: 6e7f8091a2b3
-- message: index orders by status without blocking writes
-- transactional: false

-- migrate:upgrade
-- CONCURRENTLY cannot run inside a transaction, hence transactional: false above.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_orders_status ON orders (status);

-- migrate:downgrade
DROP INDEX CONCURRENTLY IF EXISTS ix_orders_status;
