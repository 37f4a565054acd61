-- revision: 3e1bcd19415c
-- revises: 3955c85e478f
-- message: backfill repox_reviews1 names

-- migrate:upgrade
-- NOTE: keep statements idempotent where the database allows it
-- data fix: names were saved with surrounding spaces
UPDATE repox_reviews1
SET name = btrim(name)
WHERE name <> btrim(name);
INSERT INTO repox_reviews1 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;
DELETE FROM repox_reviews1 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');

