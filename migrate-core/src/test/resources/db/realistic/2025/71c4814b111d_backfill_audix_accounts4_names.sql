-- revision: 71c4814b111d
-- revises: fdfd9834277e
-- message: backfill audix_accounts4 names

--migrate:upgrade
-- data fix: names were saved with surrounding spaces
UPDATE audix_accounts4
SET name = btrim(name)
WHERE name <> btrim(name);
INSERT INTO audix_accounts4 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;

DELETE FROM audix_accounts4 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');

