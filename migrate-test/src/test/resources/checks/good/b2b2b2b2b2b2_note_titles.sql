-- revision: b2b2b2b2b2b2
-- revises: a1a1a1a1a1a1
-- message: note titles, with a view and a trigger

-- migrate:upgrade
ALTER TABLE notes ADD COLUMN title text;
CREATE FUNCTION notes_default_title() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.title := coalesce(NEW.title, left(NEW.body, 20));
    RETURN NEW;
END
$$;
CREATE TRIGGER notes_title BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION notes_default_title();
CREATE VIEW note_titles AS SELECT id, title FROM notes;

-- migrate:downgrade
DROP VIEW note_titles;
DROP TRIGGER notes_title ON notes;
DROP FUNCTION notes_default_title();
ALTER TABLE notes DROP COLUMN title;
