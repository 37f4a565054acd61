-- revision: fc741e199976
-- message: backfill billx_accounts1 names
-- revises: 497cb059b69f

-- migrate:upgrade
-- data fix: names were saved with surrounding spaces
UPDATE billx_accounts1
SET name = btrim(name)
WHERE name <> btrim(name);
INSERT INTO billx_accounts1 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;

DELETE FROM billx_accounts1 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');

-- migrate:downgrade
