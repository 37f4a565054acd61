-- revision: m0001
-- message: products

-- migrate:upgrade
CREATE TABLE products (id int PRIMARY KEY, name text);
