-- revision: 1b3948410fe3
-- revises: 440a167dd41a
-- message: backfill app_sessions2 names, backfill app_sessions2 names
-- transactional: true

-- migrate: upgrade
-- data fix: names were saved with surrounding spaces
UPDATE app_sessions2
SET name = btrim(name)
WHERE name <> btrim(name);

INSERT INTO app_sessions2 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;
DELETE FROM app_sessions2 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');
-- data fix: names were saved with surrounding spaces
UPDATE app_sessions2
SET name = btrim(name)
WHERE name <> btrim(name);

INSERT INTO app_sessions2 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;
DELETE FROM app_sessions2 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');
