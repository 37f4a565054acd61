-- revision: 2b3c4d5e6f70
-- revises: 1a2b3c4d5e6f
-- message: create orders

-- migrate:upgrade
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    total numeric(10, 2) NOT NULL
);

-- migrate:downgrade
DROP TABLE orders;
