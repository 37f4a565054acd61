-- revision: d019d90c2eef
-- revises: 53b68cb512aa
-- message: create shipx_comments13

-- migrate:upgrade
/* outer /* nested */ comment */
-- shipx_comments13: one row per comment
CREATE TABLE shipx_comments13 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE shipx_comments13 IS 'It''s the comments table; see the wiki';

CREATE INDEX shipx_comments13_created_at_idx ON shipx_comments13 (created_at DESC);

-- migrate: downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
DROP TABLE shipx_comments13;

