-- revision: c705c01cb3a1
-- message: create app_sessions77
-- revises: f30a0389e388

-- migrate: upgrade
-- app_sessions77: one row per session
CREATE TABLE app_sessions77 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    external_ref varchar(64),
    expires_at timestamptz,
    priority smallint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_sessions77 IS 'It''s the sessions table; see the wiki';

-- migrate:downgrade
DROP TABLE app_sessions77;

