-- revision: b499fe43ac8d
-- revises: e226734248f1
-- message: create app_plans64

-- migrate:upgrade
-- app_plans64: one row per plan
CREATE TABLE app_plans64 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed')),
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_plans64 IS 'It''s the plans table; see the wiki';
CREATE INDEX app_plans64_created_at_idx ON app_plans64 (created_at DESC);

-- migrate: downgrade
DROP TABLE app_plans64;
