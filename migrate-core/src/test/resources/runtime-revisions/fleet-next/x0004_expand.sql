-- revision: x0004
-- revises: f0003
-- message: the next release's expand revision (a fleet of this release sees it as ahead)

-- migrate:upgrade
ALTER TABLE items ADD COLUMN sku text;

-- migrate:downgrade
ALTER TABLE items DROP COLUMN sku;
