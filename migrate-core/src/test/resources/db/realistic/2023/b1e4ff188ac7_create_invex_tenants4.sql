-- revision: b1e4ff188ac7
-- revises: 3e0579736161
-- message: create invex_tenants4

-- migrate: upgrade
-- invex_tenants4: one row per tenant
CREATE TABLE invex_tenants4 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    tags text[] NOT NULL DEFAULT '{}',
    priority smallint NOT NULL DEFAULT 0,
    notes text,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE invex_tenants4 IS 'It''s the tenants table; see the wiki';

CREATE INDEX invex_tenants4_created_at_idx ON invex_tenants4 (created_at DESC);

--migrate:downgrade
DROP TABLE invex_tenants4
