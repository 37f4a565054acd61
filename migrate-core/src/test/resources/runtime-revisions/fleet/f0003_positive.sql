-- revision: f0003
-- revises: f0002
-- message: quantities are positive (fails in a tenant whose data has a zero)

-- migrate:upgrade
ALTER TABLE items ADD CONSTRAINT items_qty_positive CHECK (qty > 0);

-- migrate:downgrade
ALTER TABLE items DROP CONSTRAINT items_qty_positive;
