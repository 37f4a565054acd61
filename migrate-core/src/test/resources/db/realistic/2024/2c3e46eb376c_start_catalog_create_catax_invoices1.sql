-- revision: 2c3e46eb376c
-- revises: 
-- message: start catalog: create catax_invoices1
-- branch-labels: catalog

-- migrate:upgrade
-- catax_invoices1: one row per invoice
CREATE TABLE catax_invoices1 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE catax_invoices1 IS 'It''s the invoices table; see the wiki';


-- migrate:downgrade
DROP TABLE catax_invoices1;
