-- revision: 6e7f8091a2b3
-- revises: 5d6e7f8091a2
-- message: split username, phase 3 (contract): require the new columns, drop username
-- transactional: false

-- migrate:upgrade
-- SET NOT NULL alone would scan users under an ACCESS EXCLUSIVE lock. A validated CHECK lets
-- PostgreSQL 12+ skip that scan; VALIDATE itself only takes a SHARE UPDATE EXCLUSIVE lock, as long
-- as the ADD's ACCESS EXCLUSIVE lock is not still held: hence no transaction around this revision,
-- each statement commits on its own.
ALTER TABLE users ADD CONSTRAINT ck_users_names_present
    CHECK (first_name IS NOT NULL AND last_name IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT ck_users_names_present;
ALTER TABLE users ALTER COLUMN first_name SET NOT NULL;
ALTER TABLE users ALTER COLUMN last_name SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT ck_users_names_present;
-- migrate:lint-ignore drop-column the release before this one stopped reading and writing username
ALTER TABLE users DROP COLUMN username;

-- migrate:downgrade
ALTER TABLE users ADD COLUMN username varchar(100);
UPDATE users SET username = btrim(first_name || ' ' || last_name);
ALTER TABLE users ALTER COLUMN username SET NOT NULL;
ALTER TABLE users ALTER COLUMN last_name DROP NOT NULL;
ALTER TABLE users ALTER COLUMN first_name DROP NOT NULL;
