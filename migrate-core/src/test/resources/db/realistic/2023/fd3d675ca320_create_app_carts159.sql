-- revision: fd3d675ca320
-- revises: a84074308e13
-- message: create app_carts159

-- migrate: upgrade
-- app_carts159: one row per cart
CREATE TABLE app_carts159 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    expires_at timestamptz,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    tags text[] NOT NULL DEFAULT '{}',
    priority smallint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_carts159 IS 'It''s the carts table; see the wiki';

-- migrate: downgrade
DROP TABLE app_carts159;
