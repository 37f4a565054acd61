-- revision: 4d09b7bb2c2e
-- revises: 3321de01d091
-- message: create app_carts213

--migrate:upgrade
-- app_carts213: one row per cart
CREATE TABLE app_carts213 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_carts213 IS 'It''s the carts table; see the wiki';

CREATE INDEX app_carts213_created_at_idx ON app_carts213 (created_at DESC);

-- migrate:downgrade
-- Ticket: PLAT-4176
DROP TABLE app_carts213;
