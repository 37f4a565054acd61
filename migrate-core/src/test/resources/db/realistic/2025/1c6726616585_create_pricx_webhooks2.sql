-- revision: 1c6726616585
-- revises: a9a1bc67b9d0
-- message: create pricx_webhooks2
-- transactional: true

-- migrate:upgrade
-- pricx_webhooks2: one row per webhook
CREATE TABLE pricx_webhooks2 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    priority smallint NOT NULL DEFAULT 0,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE pricx_webhooks2 IS 'It''s the webhooks table; see the wiki';

CREATE INDEX pricx_webhooks2_created_at_idx ON pricx_webhooks2 (created_at DESC);

-- migrate: downgrade
DROP TABLE pricx_webhooks2;
