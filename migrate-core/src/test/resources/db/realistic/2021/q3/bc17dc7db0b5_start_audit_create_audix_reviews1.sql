-- revision: bc17dc7db0b5
-- branch-labels: audit
-- message: start audit: create audix_reviews1
-- revises: c6563bca7431
-- transactional: true
-- depends-on: c6563bca7431

--migrate:upgrade
-- audix_reviews1: one row per review
CREATE TABLE audix_reviews1 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    app_invoices1_id bigint REFERENCES app_invoices1 (id) ON DELETE CASCADE,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    is_active boolean NOT NULL DEFAULT true,
    notes text,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE audix_reviews1 IS 'It''s the reviews table; see the wiki';

--migrate:downgrade
DROP TABLE audix_reviews1;
