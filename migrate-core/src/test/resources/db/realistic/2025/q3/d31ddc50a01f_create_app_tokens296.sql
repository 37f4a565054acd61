-- revision: d31ddc50a01f
-- revises: 1865622b350e
-- message: create app_tokens296

-- migrate:upgrade
-- app_tokens296: one row per token
CREATE TABLE app_tokens296 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    external_ref varchar(64),
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed')),
    tags text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_tokens296 IS 'It''s the tokens table; see the wiki';


-- migrate:downgrade
-- Ticket: PLAT-7715
DROP TABLE app_tokens296;
