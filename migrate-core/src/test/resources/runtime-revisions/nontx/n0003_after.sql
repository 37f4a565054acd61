-- revision: n0003
-- revises: n0002
-- message: after the non-transactional one

-- migrate:upgrade
CREATE TABLE after_items (id int);

-- migrate:downgrade
DROP TABLE after_items;
