-- revision: 479f64b13c71
-- revises: b47bc2c06035
-- message: start reporting: create repox_reviews1
-- branch-labels: reporting
-- depends-on: b47bc2c06035

-- migrate:upgrade
-- repox_reviews1: one row per review
CREATE TABLE repox_reviews1 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    app_comments46_id bigint REFERENCES app_comments46 (id) ON DELETE CASCADE,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE repox_reviews1 IS 'It''s the reviews table; see the wiki';
CREATE INDEX repox_reviews1_created_at_idx ON repox_reviews1 (created_at DESC);


-- migrate: downgrade
DROP TABLE repox_reviews1;
