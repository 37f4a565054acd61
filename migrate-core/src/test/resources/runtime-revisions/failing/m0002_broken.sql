-- revision: m0002
-- revises: m0001
-- message: broken second statement

-- migrate:upgrade
ALTER TABLE products ADD COLUMN price numeric;

ALTER TABLE no_such_table ADD COLUMN x int;

-- migrate:downgrade
ALTER TABLE products DROP COLUMN price;
