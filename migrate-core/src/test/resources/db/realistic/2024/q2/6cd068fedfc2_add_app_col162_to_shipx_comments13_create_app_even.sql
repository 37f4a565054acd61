-- revision: 6cd068fedfc2
-- message: add app_col162 to shipx_comments13, create app_events163
-- revises: 83f6325f184b

-- migrate:upgrade
ALTER TABLE shipx_comments13 ADD COLUMN app_col162 jsonb NOT NULL DEFAULT '[]'::jsonb;
-- app_events163: one row per event
CREATE TABLE app_events163 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    external_ref varchar(64),
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    priority smallint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_events163 IS 'It''s the events table; see the wiki';
CREATE INDEX app_events163_created_at_idx ON app_events163 (created_at DESC);

-- migrate:downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP TABLE app_events163;

ALTER TABLE shipx_comments13 DROP COLUMN app_col162;
