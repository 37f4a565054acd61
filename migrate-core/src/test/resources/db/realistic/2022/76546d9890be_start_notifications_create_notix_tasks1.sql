-- revision: 76546d9890be
-- message: start notifications: create notix_tasks1
-- branch-labels: notifications
-- depends-on: c705c01cb3a1

--migrate:upgrade
-- notix_tasks1: one row per task
CREATE TABLE notix_tasks1 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    billx_tenants10_id bigint REFERENCES billx_tenants10 (id) ON DELETE CASCADE,
    tags text[] NOT NULL DEFAULT '{}',
    external_ref varchar(64),
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE notix_tasks1 IS 'It''s the tasks table; see the wiki';

CREATE INDEX notix_tasks1_created_at_idx ON notix_tasks1 (created_at DESC);

--migrate:downgrade
DROP TABLE notix_tasks1;

