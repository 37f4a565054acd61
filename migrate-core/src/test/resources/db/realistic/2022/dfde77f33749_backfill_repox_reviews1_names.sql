-- revision: dfde77f33749
-- revises: 9b763b323468
-- message: backfill repox_reviews1 names

-- migrate:upgrade
-- data fix: names were saved with surrounding spaces
UPDATE repox_reviews1
SET name = btrim(name)
WHERE name <> btrim(name);

INSERT INTO repox_reviews1 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;

DELETE FROM repox_reviews1 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');

