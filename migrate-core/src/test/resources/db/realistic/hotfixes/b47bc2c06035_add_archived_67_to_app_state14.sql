-- revision: b47bc2c06035
-- revises: a1b8e1020f8f
-- message: add archived_67 to app_state14

--migrate:upgrade
-- enum values cannot be removed: irreversible
ALTER TYPE app_state14 ADD VALUE IF NOT EXISTS 'archived_67';
