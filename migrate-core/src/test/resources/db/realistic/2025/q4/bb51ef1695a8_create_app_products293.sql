-- revision: bb51ef1695a8
-- revises: d1c21992c07d
-- message: create app_products293

-- migrate:upgrade
-- app_products293: one row per product
CREATE TABLE app_products293 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    notes text,
    expires_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_products293 IS 'It''s the products table; see the wiki';
CREATE INDEX app_products293_created_at_idx ON app_products293 (created_at DESC);

-- migrate: downgrade
-- Ticket: PLAT-1930
DROP TABLE app_products293;

