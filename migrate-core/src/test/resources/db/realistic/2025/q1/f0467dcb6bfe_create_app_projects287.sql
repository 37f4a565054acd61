-- revision: f0467dcb6bfe
-- revises: aed02ff7c834
-- message: create app_projects287

-- migrate: upgrade
-- app_projects287: one row per project
CREATE TABLE app_projects287 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    tags text[] NOT NULL DEFAULT '{}',
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed')),
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_projects287 IS 'It''s the projects table; see the wiki';
CREATE INDEX app_projects287_created_at_idx ON app_projects287 (created_at DESC);

-- migrate:downgrade
DROP TABLE app_projects287;
