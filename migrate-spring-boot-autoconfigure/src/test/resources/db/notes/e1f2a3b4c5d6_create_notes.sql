-- revision: e1f2a3b4c5d6
-- revises:
-- message: create notes

-- migrate:upgrade
CREATE TABLE notes (id bigserial PRIMARY KEY, body text NOT NULL);

-- migrate:downgrade
DROP TABLE notes;
