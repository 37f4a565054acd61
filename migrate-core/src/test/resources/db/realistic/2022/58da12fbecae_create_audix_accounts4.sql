-- revision: 58da12fbecae
-- message: create audix_accounts4
-- revises: 1b540d5f15a6

-- migrate: upgrade
-- NOTE: keep statements idempotent where the database allows it
-- audix_accounts4: one row per account
CREATE TABLE audix_accounts4 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    external_ref varchar(64),
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE audix_accounts4 IS 'It''s the accounts table; see the wiki';


-- migrate:downgrade
DROP TABLE audix_accounts4;

