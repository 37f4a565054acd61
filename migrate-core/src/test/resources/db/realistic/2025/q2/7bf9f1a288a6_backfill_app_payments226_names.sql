-- revision: 7bf9f1a288a6
-- revises: fc5ee04b2f4a
-- message: backfill app_payments226 names

-- migrate: upgrade
-- data fix: names were saved with surrounding spaces
UPDATE app_payments226
SET name = btrim(name)
WHERE name <> btrim(name);

INSERT INTO app_payments226 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;
DELETE FROM app_payments226 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');
