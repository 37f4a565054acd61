-- revision: da6dda369eaf
-- revises: 913f16549d5e
-- message: backfill app_accounts113 names

-- migrate:upgrade
-- data fix: names were saved with surrounding spaces
UPDATE app_accounts113
SET name = btrim(name)
WHERE name <> btrim(name);
INSERT INTO app_accounts113 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;
DELETE FROM app_accounts113 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');

--migrate:downgrade
-- nothing to do
