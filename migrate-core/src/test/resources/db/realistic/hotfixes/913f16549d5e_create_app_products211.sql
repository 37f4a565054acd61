-- revision: 913f16549d5e
-- revises: e51a60417b1a
-- message: create app_products211

-- migrate:upgrade
-- app_products211: one row per product
CREATE TABLE app_products211 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    tags text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_products211 IS 'It''s the products table; see the wiki';


-- migrate:downgrade
DROP TABLE app_products211
