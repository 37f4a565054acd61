-- revision: b6f2aaec757a
-- revises: 5b9e46c851c5
-- message: create app_tasks219, backfill app_tasks219 names

--migrate:upgrade
-- app_tasks219: one row per task
CREATE TABLE app_tasks219 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    external_ref varchar(64),
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_tasks219 IS 'It''s the tasks table; see the wiki';

-- data fix: names were saved with surrounding spaces
UPDATE app_tasks219
SET name = btrim(name)
WHERE name <> btrim(name);
INSERT INTO app_tasks219 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;
DELETE FROM app_tasks219 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');

