-- revision: a1b2c3d4e5f6
-- message: create accounts

-- migrate:upgrade
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text
);

-- migrate:downgrade
DROP TABLE accounts;
