-- revision: b2c3d4e5f6a1
-- revises: a1b2c3d4e5f6
-- message: add email

-- migrate:upgrade
ALTER TABLE users ADD COLUMN email text;
CREATE UNIQUE INDEX users_email ON users (lower(email));

-- migrate:downgrade
DROP INDEX users_email;
ALTER TABLE users DROP COLUMN email;
