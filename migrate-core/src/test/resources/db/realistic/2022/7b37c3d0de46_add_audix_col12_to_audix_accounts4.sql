-- revision: 7b37c3d0de46
-- message: add audix_col12 to audix_accounts4
-- revises: a6c01de927a2

-- migrate: upgrade
-- NOTE: keep statements idempotent where the database allows it
ALTER TABLE audix_accounts4 ADD COLUMN audix_col12 timestamptz;
-- looked up by audix_col12
CREATE INDEX audix_col12_idx ON audix_accounts4 (audix_col12);

-- migrate:downgrade
DROP INDEX audix_col12_idx;

ALTER TABLE audix_accounts4 DROP COLUMN audix_col12;

