-- revision: 3321de01d091
-- revises: da6dda369eaf
-- message: backfill searx_webhooks1 names, add archived_211 to app_state203

-- migrate: upgrade
-- data fix: names were saved with surrounding spaces
UPDATE searx_webhooks1
SET name = btrim(name)
WHERE name <> btrim(name);
INSERT INTO searx_webhooks1 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;
DELETE FROM searx_webhooks1 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');
-- enum values cannot be removed: irreversible
ALTER TYPE app_state203 ADD VALUE IF NOT EXISTS 'archived_211';