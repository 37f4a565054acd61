-- revision: 5b4ae2094385
-- revises: 9fa407d9ea29
-- message: create app_teams150

-- migrate: upgrade
-- app_teams150: one row per team
CREATE TABLE app_teams150 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    expires_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_teams150 IS 'It''s the teams table; see the wiki';

-- migrate: downgrade
DROP TABLE app_teams150;
