-- revision: f6f6f6f6f6f6
-- revises: a1a1a1a1a1a1
-- message: index note kinds

-- migrate:upgrade
CREATE INDEX notes_kind ON notes (kind);

-- migrate:downgrade
