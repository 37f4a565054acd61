-- revision: 33964f8ee72a
-- revises: 141eab5c2a21
-- message: backfill catax_messages3 names
-- transactional: true

-- migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
-- data fix: names were saved with surrounding spaces
UPDATE catax_messages3
SET name = btrim(name)
WHERE name <> btrim(name);

INSERT INTO catax_messages3 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;

DELETE FROM catax_messages3 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');

-- migrate:downgrade