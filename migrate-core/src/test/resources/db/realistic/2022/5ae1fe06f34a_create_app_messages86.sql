-- revision: 5ae1fe06f34a
-- revises: d870599592ff
-- message: create app_messages86

-- migrate: upgrade
/* outer /* nested */ comment */
-- app_messages86: one row per message
CREATE TABLE app_messages86 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed')),
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    priority smallint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_messages86 IS 'It''s the messages table; see the wiki';
CREATE INDEX app_messages86_created_at_idx ON app_messages86 (created_at DESC);

-- migrate:downgrade
DROP TABLE app_messages86;

