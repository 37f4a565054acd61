-- revision: a1b8e1020f8f
-- message: create app_teams67
-- revises: fc741e199976

-- migrate: upgrade
-- app_teams67: one row per team
CREATE TABLE app_teams67 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    notes text,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_teams67 IS 'It''s the teams table; see the wiki';
CREATE INDEX app_teams67_created_at_idx ON app_teams67 (created_at DESC);

-- migrate: downgrade
DROP TABLE app_teams67;

