-- revision: 7b154bc0bac5
-- revises: 077baed2d15e
-- message: size class of app_refunds47, create app_jobs115

-- migrate:upgrade
-- SQL-standard body: checked when created, semicolons inside
CREATE OR REPLACE FUNCTION app_fn114_size_class() RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT CASE
        WHEN count(*) > 1000 THEN 'large; consider partitioning'
        WHEN count(*) > 10 THEN 'medium'
        ELSE 'small'
    END
    FROM app_refunds47;
END;

-- app_jobs115: one row per job
CREATE TABLE app_jobs115 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    notes text,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_jobs115 IS 'It''s the jobs table; see the wiki';
CREATE INDEX app_jobs115_created_at_idx ON app_jobs115 (created_at DESC);


-- migrate:downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP TABLE app_jobs115;

DROP FUNCTION app_fn114_size_class();
