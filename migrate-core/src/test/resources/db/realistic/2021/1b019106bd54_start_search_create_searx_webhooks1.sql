-- revision: 1b019106bd54
-- revises: 
-- message: start search: create searx_webhooks1
-- branch-labels: search
-- depends-on: f74b9ed8a648

-- migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
-- searx_webhooks1: one row per webhook
CREATE TABLE searx_webhooks1 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    app_sessions2_id bigint REFERENCES app_sessions2 (id) ON DELETE CASCADE,
    external_ref varchar(64),
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE searx_webhooks1 IS 'It''s the webhooks table; see the wiki';
CREATE INDEX searx_webhooks1_created_at_idx ON searx_webhooks1 (created_at DESC);


-- migrate: downgrade
DROP TABLE searx_webhooks1;
