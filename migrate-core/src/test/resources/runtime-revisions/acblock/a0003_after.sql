-- revision: a0003
-- revises: a0002
-- message: after the revision with the block

-- migrate:upgrade
CREATE TABLE after_items (id int);

-- migrate:downgrade
DROP TABLE after_items;
