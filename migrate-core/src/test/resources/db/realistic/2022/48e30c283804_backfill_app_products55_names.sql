-- revision: 48e30c283804
-- revises: 18b596bd9886
-- message: backfill app_products55 names

--migrate:upgrade
-- NOTE: keep statements idempotent where the database allows it
-- data fix: names were saved with surrounding spaces
UPDATE app_products55
SET name = btrim(name)
WHERE name <> btrim(name);
INSERT INTO app_products55 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;
DELETE FROM app_products55 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');

