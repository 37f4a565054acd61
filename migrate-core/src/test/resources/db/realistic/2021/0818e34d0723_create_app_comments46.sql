-- revision: 0818e34d0723
-- revises: 7a65c5bf3046
-- message: create app_comments46

-- migrate: upgrade
-- app_comments46: one row per comment
CREATE TABLE app_comments46 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    tags text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_comments46 IS 'It''s the comments table; see the wiki';

-- migrate:downgrade
DROP TABLE app_comments46;

