-- revision: e65ce7b0ad50
-- revises: e7c87eb1edac
-- message: create app_orders298

-- migrate: upgrade
-- app_orders298: one row per order
CREATE TABLE app_orders298 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    external_ref varchar(64),
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_orders298 IS 'It''s the orders table; see the wiki';
CREATE INDEX app_orders298_created_at_idx ON app_orders298 (created_at DESC);


--migrate:downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP TABLE app_orders298;
