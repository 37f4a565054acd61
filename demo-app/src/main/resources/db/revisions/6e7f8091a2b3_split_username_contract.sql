-- revision: 6e7f8091a2b3
-- revises: 5d6e7f8091a2
-- message: split username, phase 3 (contract): require the new columns, drop username

-- migrate:upgrade
ALTER TABLE users ALTER COLUMN first_name SET NOT NULL;
ALTER TABLE users ALTER COLUMN last_name SET NOT NULL;
ALTER TABLE users DROP COLUMN username;

-- migrate:downgrade
ALTER TABLE users ADD COLUMN username varchar(100);
UPDATE users SET username = btrim(first_name || ' ' || last_name);
ALTER TABLE users ALTER COLUMN username SET NOT NULL;
ALTER TABLE users ALTER COLUMN last_name DROP NOT NULL;
ALTER TABLE users ALTER COLUMN first_name DROP NOT NULL;
