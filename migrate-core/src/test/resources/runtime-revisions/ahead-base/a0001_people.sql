-- revision: a0001
-- message: people

-- migrate:upgrade
CREATE TABLE people (id bigint PRIMARY KEY, name text NOT NULL);

-- migrate:downgrade
DROP TABLE people;
