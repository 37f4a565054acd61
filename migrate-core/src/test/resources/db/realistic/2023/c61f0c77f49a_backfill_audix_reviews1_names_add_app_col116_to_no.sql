-- revision: c61f0c77f49a
-- revises: 7b154bc0bac5
-- message: backfill audix_reviews1 names, add app_col116 to notix_tasks1

--migrate:upgrade
-- data fix: names were saved with surrounding spaces
UPDATE audix_reviews1
SET name = btrim(name)
WHERE name <> btrim(name);
INSERT INTO audix_reviews1 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;

DELETE FROM audix_reviews1 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');
ALTER TABLE notix_tasks1 ADD COLUMN app_col116 text;

