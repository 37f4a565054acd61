-- revision: 4d4ebe97d276
-- revises: 1c6726616585
-- message: create pricx_attachments3

-- migrate:upgrade
-- pricx_attachments3: one row per attachment
CREATE TABLE pricx_attachments3 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    priority smallint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE pricx_attachments3 IS 'It''s the attachments table; see the wiki';
CREATE INDEX pricx_attachments3_created_at_idx ON pricx_attachments3 (created_at DESC);

-- migrate:downgrade
DROP TABLE pricx_attachments3;
