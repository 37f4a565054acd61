-- revision: 1a9a1a9a1a9a
-- message: create tags

-- migrate:upgrade
CREATE TABLE tags (name text PRIMARY KEY, color text);

-- migrate:downgrade
DROP TABLE tags;
