-- revision: a0001
-- message: create users

-- migrate:upgrade
CREATE TABLE users (
    id bigserial PRIMARY KEY,
    name text NOT NULL
);

-- migrate:downgrade
DROP TABLE users;
