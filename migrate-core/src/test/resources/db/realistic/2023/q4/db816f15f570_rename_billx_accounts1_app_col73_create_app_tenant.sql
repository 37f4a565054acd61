-- revision: db816f15f570
-- revises: 15ab486c341a
-- message: rename billx_accounts1.app_col73, create app_tenants112

-- migrate:upgrade
-- NOTE: keep statements idempotent where the database allows it
ALTER TABLE billx_accounts1 RENAME COLUMN app_col73 TO "app_col73_v2";
-- app_tenants112: one row per tenant
CREATE TABLE app_tenants112 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    expires_at timestamptz,
    is_active boolean NOT NULL DEFAULT true,
    tags text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_tenants112 IS 'It''s the tenants table; see the wiki';


-- migrate: downgrade
DROP TABLE app_tenants112;
ALTER TABLE billx_accounts1 RENAME COLUMN "app_col73_v2" TO app_col73;

