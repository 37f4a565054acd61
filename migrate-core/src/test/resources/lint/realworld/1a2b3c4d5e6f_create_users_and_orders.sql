-- revision: 1a2b3c4d5e6f
-- message: create users and orders

-- migrate:upgrade
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    name text,
    legacy_flag boolean,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id serial PRIMARY KEY,
    user_id bigint REFERENCES users (id),
    total numeric(12, 2) NOT NULL,
    placed_at timestamp NOT NULL,
    payload json
);

-- A new table is empty: indexing it without CONCURRENTLY blocks nobody.
CREATE INDEX ix_orders_user_id ON orders (user_id);

-- migrate:downgrade
DROP TABLE orders;
DROP TABLE users;
