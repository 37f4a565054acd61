-- revision: 3e9f3c36e5b8
-- revises: be4e0d68deea
-- message: create app_accounts260
-- transactional: true

-- migrate:upgrade
-- Ticket: PLAT-7844
-- app_accounts260: one row per account
CREATE TABLE app_accounts260 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_accounts260 IS 'It''s the accounts table; see the wiki';

CREATE INDEX app_accounts260_created_at_idx ON app_accounts260 (created_at DESC);


-- migrate:downgrade
DROP TABLE app_accounts260;

