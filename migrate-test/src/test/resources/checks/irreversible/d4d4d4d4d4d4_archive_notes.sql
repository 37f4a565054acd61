-- revision: d4d4d4d4d4d4
-- revises: a1a1a1a1a1a1
-- message: archive flag

-- migrate:upgrade
ALTER TABLE notes ADD COLUMN archived boolean;
