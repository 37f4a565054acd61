-- revision: 85898a5b0a7c
-- revises: 48e30c283804
-- message: backfill app_products55 names
-- transactional: true

--migrate:upgrade
-- data fix: names were saved with surrounding spaces
UPDATE app_products55
SET name = btrim(name)
WHERE name <> btrim(name);

INSERT INTO app_products55 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;
DELETE FROM app_products55 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');

-- migrate: downgrade
