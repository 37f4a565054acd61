-- revision: f25977fd5386
-- revises: f0467dcb6bfe
-- message: backfill app_messages86 names

--migrate:upgrade
-- data fix: names were saved with surrounding spaces
UPDATE app_messages86
SET name = btrim(name)
WHERE name <> btrim(name);

INSERT INTO app_messages86 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;
DELETE FROM app_messages86 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');
