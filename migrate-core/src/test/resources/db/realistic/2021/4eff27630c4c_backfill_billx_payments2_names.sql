-- revision: 4eff27630c4c
-- revises: 5c08c76ca691
-- message: backfill billx_payments2 names

-- migrate:upgrade
-- data fix: names were saved with surrounding spaces
UPDATE billx_payments2
SET name = btrim(name)
WHERE name <> btrim(name);

INSERT INTO billx_payments2 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;
DELETE FROM billx_payments2 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');

