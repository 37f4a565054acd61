-- revision: l0001
-- message: accounts

-- migrate:upgrade
CREATE TABLE accounts (id int PRIMARY KEY);

-- migrate:downgrade
DROP TABLE accounts;
