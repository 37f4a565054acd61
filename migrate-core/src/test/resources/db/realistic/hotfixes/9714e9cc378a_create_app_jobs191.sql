-- revision: 9714e9cc378a
-- revises: 2a0dd5ef36e3
-- message: create app_jobs191

--migrate:upgrade
-- app_jobs191: one row per job
CREATE TABLE app_jobs191 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    priority smallint NOT NULL DEFAULT 0,
    is_active boolean NOT NULL DEFAULT true,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_jobs191 IS 'It''s the jobs table; see the wiki';

-- migrate: downgrade
DROP TABLE app_jobs191;
