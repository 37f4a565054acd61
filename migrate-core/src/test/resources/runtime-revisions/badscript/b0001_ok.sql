-- revision: b0001
-- message: fine

-- migrate:upgrade
CREATE TABLE fine (id int);

-- migrate:downgrade
DROP TABLE fine;
