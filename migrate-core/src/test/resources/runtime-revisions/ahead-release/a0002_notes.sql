-- revision: a0002
-- revises: a0001
-- message: notes

-- migrate:upgrade
CREATE TABLE notes (id bigint PRIMARY KEY, person_id bigint REFERENCES people, body text);

-- migrate:downgrade
DROP TABLE notes;
