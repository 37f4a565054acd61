-- revision: bda4ca0aad7e
-- revises: bbd4c90ece89
-- message: create app_webhooks141

-- migrate:upgrade
-- app_webhooks141: one row per webhook
CREATE TABLE app_webhooks141 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    external_ref varchar(64),
    tags text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_webhooks141 IS 'It''s the webhooks table; see the wiki';
CREATE INDEX app_webhooks141_created_at_idx ON app_webhooks141 (created_at DESC);

-- migrate:downgrade
DROP TABLE app_webhooks141;
