-- revision: 78ce84d0bf17
-- revises: ff547526e6b6
-- message: backfill suppx_reviews1 names, create suppx_reviews4

-- migrate: upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
-- data fix: names were saved with surrounding spaces
UPDATE suppx_reviews1
SET name = btrim(name)
WHERE name <> btrim(name);
INSERT INTO suppx_reviews1 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;

DELETE FROM suppx_reviews1 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');
-- suppx_reviews4: one row per review
CREATE TABLE suppx_reviews4 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    expires_at timestamptz,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE suppx_reviews4 IS 'It''s the reviews table; see the wiki';

CREATE INDEX suppx_reviews4_created_at_idx ON suppx_reviews4 (created_at DESC);
