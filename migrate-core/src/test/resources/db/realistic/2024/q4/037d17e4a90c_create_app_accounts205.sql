-- revision: 037d17e4a90c
-- revises: cabb1ae0919f
-- message: create app_accounts205

-- migrate:upgrade
-- app_accounts205: one row per account
CREATE TABLE app_accounts205 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    expires_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_accounts205 IS 'It''s the accounts table; see the wiki';
CREATE INDEX app_accounts205_created_at_idx ON app_accounts205 (created_at DESC);


-- migrate:downgrade
DROP TABLE app_accounts205;

