-- revision: fk003
-- revises: fk002
-- message: last

-- migrate:upgrade
CREATE TABLE last_table (id int);

-- migrate:downgrade
DROP TABLE last_table;
