-- revision: a7368e82c020
-- revises: bd29036fcbe0
-- message: start billing: create billx_accounts1
-- branch-labels: billing

--migrate:upgrade
-- billx_accounts1: one row per account
CREATE TABLE billx_accounts1 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE billx_accounts1 IS 'It''s the accounts table; see the wiki';

-- migrate:downgrade
DROP TABLE billx_accounts1;

