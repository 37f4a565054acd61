-- revision: l0001
-- message: accounts

-- migrate:upgrade
-- edited after it was applied elsewhere: a different checksum
CREATE TABLE accounts (id int PRIMARY KEY);

-- migrate:downgrade
DROP TABLE accounts;
