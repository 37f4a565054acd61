-- revision: bfd4ab80670e
-- revises: e65ce7b0ad50
-- message: create app_webhooks299

-- migrate:upgrade
-- app_webhooks299: one row per webhook
CREATE TABLE app_webhooks299 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_webhooks299 IS 'It''s the webhooks table; see the wiki';


-- migrate:downgrade
DROP TABLE app_webhooks299
