-- revision: d870599592ff
-- revises: d8712e6dbe2b
-- message: add archived_84 to app_state14

-- migrate: upgrade
-- enum values cannot be removed: irreversible
ALTER TYPE app_state14 ADD VALUE IF NOT EXISTS 'archived_84';
