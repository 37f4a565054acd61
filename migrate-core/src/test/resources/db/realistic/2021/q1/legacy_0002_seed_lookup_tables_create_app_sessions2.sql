-- revision: legacy_0002
-- revises: legacy_0001
-- message: seed lookup tables (create app_sessions2)

--migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
-- app_sessions2: one row per session
CREATE TABLE app_sessions2 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    notes text,
    tags text[] NOT NULL DEFAULT '{}',
    external_ref varchar(64),
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_sessions2 IS 'It''s the sessions table; see the wiki';

CREATE INDEX app_sessions2_created_at_idx ON app_sessions2 (created_at DESC);

-- migrate:downgrade
DROP TABLE app_sessions2;
