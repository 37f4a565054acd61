-- revision: legacy_0001
-- message: initial schema (create app_invoices1)

--migrate:upgrade
-- app_invoices1: one row per invoice
CREATE TABLE app_invoices1 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    external_ref varchar(64),
    priority smallint NOT NULL DEFAULT 0,
    is_active boolean NOT NULL DEFAULT true,
    expires_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_invoices1 IS 'It''s the invoices table; see the wiki';

-- migrate:downgrade
DROP TABLE app_invoices1;

