-- revision: 06d1151fdce2
-- message: create app_invoices195
-- revises: 9a9e93e5bfea
-- transactional: true

-- migrate:upgrade
-- app_invoices195: one row per invoice
CREATE TABLE app_invoices195 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    priority smallint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_invoices195 IS 'It''s the invoices table; see the wiki';

CREATE INDEX app_invoices195_created_at_idx ON app_invoices195 (created_at DESC);


-- migrate:downgrade
DROP TABLE app_invoices195;
