-- revision: b0001
-- revises: a0001
-- message: create orders

-- migrate:upgrade
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    note text DEFAULT 'it''s new'
);

-- migrate:downgrade
DROP TABLE orders;
