-- revision: 2628c3f7114f
-- revises: 7cb8d4bb7542
-- message: create app_refunds278

-- migrate:upgrade
-- app_refunds278: one row per refund
CREATE TABLE app_refunds278 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    notes text,
    priority smallint NOT NULL DEFAULT 0,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    tags text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_refunds278 IS 'It''s the refunds table; see the wiki';


-- migrate: downgrade
DROP TABLE app_refunds278;
