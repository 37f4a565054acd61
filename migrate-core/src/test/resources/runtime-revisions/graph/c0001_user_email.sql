-- revision: c0001
-- revises: a0001
-- message: add email to users
-- branch-labels: profile

-- migrate:upgrade
ALTER TABLE users ADD COLUMN email varchar(200);
CREATE UNIQUE INDEX users_email ON users (email) WHERE email IS NOT NULL;

-- migrate:downgrade
DROP INDEX users_email;
ALTER TABLE users DROP COLUMN email;
