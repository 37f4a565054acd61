-- revision: 9f8e7d6c5b4a
-- revises:
-- message: create invoices

-- migrate:upgrade
CREATE TABLE invoices (
    id bigserial PRIMARY KEY,
    amount numeric(10, 2) NOT NULL
);

-- migrate:downgrade
DROP TABLE invoices;
