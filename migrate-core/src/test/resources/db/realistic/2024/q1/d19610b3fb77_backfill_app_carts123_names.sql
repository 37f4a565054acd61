-- revision: d19610b3fb77
-- revises: ba9adcfdda3e
-- message: backfill app_carts123 names

-- migrate:upgrade
-- data fix: names were saved with surrounding spaces
UPDATE app_carts123
SET name = btrim(name)
WHERE name <> btrim(name);
INSERT INTO app_carts123 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;
DELETE FROM app_carts123 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');

