-- revision: 5b3c4d5e6f7a
-- revises: 4a2b3c4d5e6f
-- message: books get a published year

-- migrate:upgrade
ALTER TABLE books ADD COLUMN published_year integer;

-- migrate:downgrade
ALTER TABLE books DROP COLUMN published_year;
