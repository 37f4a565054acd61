-- revision: e7c87eb1edac
-- revises: d31ddc50a01f
-- message: create app_messages297

-- migrate:upgrade
-- app_messages297: one row per message
CREATE TABLE app_messages297 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    expires_at timestamptz,
    tags text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_messages297 IS 'It''s the messages table; see the wiki';


--migrate:downgrade
DROP TABLE app_messages297;
