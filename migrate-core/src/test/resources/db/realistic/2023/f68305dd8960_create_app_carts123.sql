-- revision: f68305dd8960
-- revises: 5484216cf70e
-- transactional: true
-- message: create app_carts123

-- migrate:upgrade
-- app_carts123: one row per cart
CREATE TABLE app_carts123 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    expires_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_carts123 IS 'It''s the carts table; see the wiki';


-- migrate:downgrade
DROP TABLE app_carts123;
