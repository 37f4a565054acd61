-- revision: a9a1bc67b9d0
-- revises: e970366d5907
-- message: start pricing: create pricx_comments1
-- branch-labels: pricing

-- migrate: upgrade
-- pricx_comments1: one row per comment
CREATE TABLE pricx_comments1 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    notes text,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE pricx_comments1 IS 'It''s the comments table; see the wiki';
CREATE INDEX pricx_comments1_created_at_idx ON pricx_comments1 (created_at DESC);


-- migrate:downgrade
-- Ticket: PLAT-9247
DROP TABLE pricx_comments1;

