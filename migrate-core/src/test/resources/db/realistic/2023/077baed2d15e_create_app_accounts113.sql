-- revision: 077baed2d15e
-- revises: db816f15f570
-- message: create app_accounts113
-- transactional: true

-- migrate:upgrade
-- app_accounts113: one row per account
CREATE TABLE app_accounts113 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    tags text[] NOT NULL DEFAULT '{}',
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_accounts113 IS 'It''s the accounts table; see the wiki';

CREATE INDEX app_accounts113_created_at_idx ON app_accounts113 (created_at DESC);

-- migrate:downgrade
DROP TABLE app_accounts113;

