-- revision: a0003
-- revises: a0002
-- message: expand: people.nickname (nullable, the previous release ignores it)

-- migrate:upgrade
ALTER TABLE people ADD COLUMN nickname text;

-- migrate:downgrade
ALTER TABLE people DROP COLUMN nickname;
