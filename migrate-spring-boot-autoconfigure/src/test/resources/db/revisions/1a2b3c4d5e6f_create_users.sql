-- revision: 1a2b3c4d5e6f
-- revises:
-- message: create users

-- migrate:upgrade
CREATE TABLE users (
    id bigserial PRIMARY KEY,
    name varchar(100) NOT NULL,
    email varchar(200)
);

-- migrate:downgrade
DROP TABLE users;
