-- revision: e759430240f5
-- revises: 081f43c5d000
-- message: create pricx_users8

-- migrate:upgrade
-- pricx_users8: one row per user
CREATE TABLE pricx_users8 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    priority smallint NOT NULL DEFAULT 0,
    external_ref varchar(64),
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE pricx_users8 IS 'It''s the users table; see the wiki';

-- migrate:downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
DROP TABLE pricx_users8;
