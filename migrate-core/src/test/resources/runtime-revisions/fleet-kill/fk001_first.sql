-- revision: fk001
-- message: first

-- migrate:upgrade
CREATE TABLE first_table (id int);

-- migrate:downgrade
DROP TABLE first_table;
