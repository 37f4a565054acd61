-- revision: 041318de51f7
-- revises: e41465bfade5
-- message: backfill app_reviews41 names

-- migrate: upgrade
-- data fix: names were saved with surrounding spaces
UPDATE app_reviews41
SET name = btrim(name)
WHERE name <> btrim(name);

INSERT INTO app_reviews41 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;

DELETE FROM app_reviews41 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');
