-- revision: c1f4a5eef791
-- message: create app_products55
-- revises: 965d86f0bda5

-- migrate: upgrade
-- app_products55: one row per product
CREATE TABLE app_products55 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed')),
    expires_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_products55 IS 'It''s the products table; see the wiki';


--migrate:downgrade
DROP TABLE app_products55;

