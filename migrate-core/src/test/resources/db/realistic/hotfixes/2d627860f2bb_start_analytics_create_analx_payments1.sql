-- revision: 2d627860f2bb
-- message: start analytics: create analx_payments1
-- revises: 
-- branch-labels: analytics

-- migrate: upgrade
-- analx_payments1: one row per payment
CREATE TABLE analx_payments1 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    tags text[] NOT NULL DEFAULT '{}',
    notes text,
    priority smallint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE analx_payments1 IS 'It''s the payments table; see the wiki';
CREATE INDEX analx_payments1_created_at_idx ON analx_payments1 (created_at DESC);

--migrate:downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
DROP TABLE analx_payments1;

