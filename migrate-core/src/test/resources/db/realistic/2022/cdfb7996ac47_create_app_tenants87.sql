-- revision: cdfb7996ac47
-- revises: 30c5a77ee856
-- message: create app_tenants87

-- migrate: upgrade
-- app_tenants87: one row per tenant
CREATE TABLE app_tenants87 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed')),
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    tags text[] NOT NULL DEFAULT '{}',
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_tenants87 IS 'It''s the tenants table; see the wiki';

-- migrate: downgrade
/* outer /* nested */ comment */
DROP TABLE app_tenants87;

