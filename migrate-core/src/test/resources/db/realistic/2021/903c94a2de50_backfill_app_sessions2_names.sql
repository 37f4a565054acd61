-- revision: 903c94a2de50
-- revises: 135a8de49eb1
-- message: backfill app_sessions2 names

-- migrate: upgrade
-- data fix: names were saved with surrounding spaces
UPDATE app_sessions2
SET name = btrim(name)
WHERE name <> btrim(name);

INSERT INTO app_sessions2 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;

DELETE FROM app_sessions2 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');
