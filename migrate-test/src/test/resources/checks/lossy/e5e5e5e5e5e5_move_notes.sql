-- revision: e5e5e5e5e5e5
-- revises: a1a1a1a1a1a1
-- message: move bodies to note_bodies

-- migrate:upgrade
CREATE TABLE note_bodies (note_id bigint PRIMARY KEY REFERENCES notes (id), body text NOT NULL);
INSERT INTO note_bodies SELECT id, body FROM notes;
ALTER TABLE notes DROP COLUMN body;

-- migrate:downgrade
ALTER TABLE notes ADD COLUMN body text NOT NULL DEFAULT '';
ALTER TABLE notes ALTER COLUMN body DROP DEFAULT;
DROP TABLE note_bodies;
