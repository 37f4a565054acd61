-- revision: 27e9d9141342
-- revises: 06973a171487
-- message: add archived_279 to app_state258

-- migrate:upgrade
-- enum values cannot be removed: irreversible
ALTER TYPE app_state258 ADD VALUE IF NOT EXISTS 'archived_279';

