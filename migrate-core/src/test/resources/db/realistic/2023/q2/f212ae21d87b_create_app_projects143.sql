-- revision: f212ae21d87b
-- revises: 8470bddec736
-- message: create app_projects143

-- migrate:upgrade
-- app_projects143: one row per project
CREATE TABLE app_projects143 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    external_ref varchar(64),
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    tags text[] NOT NULL DEFAULT '{}',
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed')),
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_projects143 IS 'It''s the projects table; see the wiki';

CREATE INDEX app_projects143_created_at_idx ON app_projects143 (created_at DESC);

-- migrate:downgrade
DROP TABLE app_projects143;
