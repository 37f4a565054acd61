-- revision: 5bf9fbf3c83a
-- message: create app_attachments229
-- revises: 2fcd5722c42f

-- migrate:upgrade
-- app_attachments229: one row per attachment
CREATE TABLE app_attachments229 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    external_ref varchar(64),
    expires_at timestamptz,
    tags text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_attachments229 IS 'It''s the attachments table; see the wiki';

CREATE INDEX app_attachments229_created_at_idx ON app_attachments229 (created_at DESC);


-- migrate:downgrade
DROP TABLE app_attachments229;
