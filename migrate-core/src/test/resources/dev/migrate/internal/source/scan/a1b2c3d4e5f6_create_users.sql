-- revision: a1b2c3d4e5f6
-- message: create users

-- migrate:upgrade
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL
);

-- migrate:downgrade
DROP TABLE users;
