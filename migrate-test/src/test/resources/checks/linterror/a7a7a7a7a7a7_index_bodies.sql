-- revision: a7a7a7a7a7a7
-- revises: a1a1a1a1a1a1
-- message: index bodies, locking writes

-- migrate:upgrade
CREATE INDEX notes_body ON notes (body);

-- migrate:downgrade
DROP INDEX notes_body;
