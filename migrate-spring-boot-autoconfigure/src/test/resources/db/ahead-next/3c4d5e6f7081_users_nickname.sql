-- revision: 3c4d5e6f7081
-- revises: 2b3c4d5e6f70
-- message: expand: users.nickname, nullable (the next release; the previous one ignores it)

-- migrate:upgrade
ALTER TABLE users ADD COLUMN nickname text;

-- migrate:downgrade
ALTER TABLE users DROP COLUMN nickname;
