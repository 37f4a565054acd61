-- revision: ca5a0ab0d957
-- revises: 6e2bee0d9246
-- message: start support: create suppx_reviews1
-- branch-labels: support

-- migrate:upgrade
-- suppx_reviews1: one row per review
CREATE TABLE suppx_reviews1 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed')),
    external_ref varchar(64),
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE suppx_reviews1 IS 'It''s the reviews table; see the wiki';


--migrate:downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP TABLE suppx_reviews1;
