-- revision: f0001
-- message: items

-- migrate:upgrade
CREATE TABLE items (id bigint PRIMARY KEY, qty integer NOT NULL);

-- migrate:downgrade
DROP TABLE items;
