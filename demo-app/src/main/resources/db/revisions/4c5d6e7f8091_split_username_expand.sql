-- revision: 4c5d6e7f8091
-- revises: 3b4c5d6e7f80
-- message: split username, phase 1 (expand): add nullable first_name and last_name

-- migrate:upgrade
-- Nullable and without defaults: old application versions keep writing username only.
ALTER TABLE users ADD COLUMN first_name varchar(50);
ALTER TABLE users ADD COLUMN last_name varchar(50);

-- migrate:downgrade
ALTER TABLE users DROP COLUMN last_name;
ALTER TABLE users DROP COLUMN first_name;
