-- revision: 7aa9a01af928
-- revises: c6bf88823f2c
-- message: create app_tenants38

-- migrate:upgrade
-- app_tenants38: one row per tenant
CREATE TABLE app_tenants38 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_tenants38 IS 'It''s the tenants table; see the wiki';

CREATE INDEX app_tenants38_created_at_idx ON app_tenants38 (created_at DESC);


-- migrate:downgrade
DROP TABLE app_tenants38;

