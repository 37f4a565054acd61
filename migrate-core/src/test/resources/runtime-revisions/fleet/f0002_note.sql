-- revision: f0002
-- revises: f0001
-- message: note on items, naming the tenant's schema where the statement must

-- migrate:upgrade
ALTER TABLE items ADD COLUMN note text;
COMMENT ON TABLE ${migrate:schema}.items IS 'items of one tenant';

-- migrate:downgrade
ALTER TABLE items DROP COLUMN note;
