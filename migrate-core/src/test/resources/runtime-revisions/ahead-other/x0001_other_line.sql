-- revision: x0001
-- revises: a0001
-- message: a revision of another line of the code, built on a0001 instead of a0002

-- migrate:upgrade
ALTER TABLE people ADD COLUMN legacy_code text;

-- migrate:downgrade
ALTER TABLE people DROP COLUMN legacy_code;
