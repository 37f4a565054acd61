-- revision: 19664464c249
-- message: add archived_39 to app_state14
-- revises: 0d9950d9cbd0

-- migrate:upgrade
-- enum values cannot be removed: irreversible
ALTER TYPE app_state14 ADD VALUE IF NOT EXISTS 'archived_39';

