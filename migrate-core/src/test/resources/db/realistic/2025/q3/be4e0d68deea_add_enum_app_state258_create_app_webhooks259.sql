-- revision: be4e0d68deea
-- revises: 3f6ae433d4d9
-- message: add enum app_state258, create app_webhooks259
-- transactional: true

--migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
CREATE TYPE app_state258 AS ENUM ('new', 'active', 'it''s complicated', 'semi;colon');
-- app_webhooks259: one row per webhook
CREATE TABLE app_webhooks259 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed')),
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_webhooks259 IS 'It''s the webhooks table; see the wiki';
CREATE INDEX app_webhooks259_created_at_idx ON app_webhooks259 (created_at DESC);


--migrate:downgrade
DROP TABLE app_webhooks259;

DROP TYPE app_state258;
