-- revision: c3c3c3c3c3c3
-- message: a second, unrelated base

-- migrate:upgrade
CREATE TABLE tags (name text PRIMARY KEY);

-- migrate:downgrade
DROP TABLE tags;
