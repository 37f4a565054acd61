-- revision: a0004
-- revises: a0003
-- message: expand: notes.pinned (nullable)

-- migrate:upgrade
ALTER TABLE notes ADD COLUMN pinned boolean;

-- migrate:downgrade
ALTER TABLE notes DROP COLUMN pinned;
