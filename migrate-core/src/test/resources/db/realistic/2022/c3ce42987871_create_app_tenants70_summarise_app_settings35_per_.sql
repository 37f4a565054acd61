-- revision: c3ce42987871
-- revises: 52919bc47674
-- message: create app_tenants70, summarise app_settings35 per day

-- migrate:upgrade
-- app_tenants70: one row per tenant
CREATE TABLE app_tenants70 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    notes text,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed')),
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_tenants70 IS 'It''s the tenants table; see the wiki';
CREATE VIEW app_v71_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM app_settings35
GROUP BY 1;


--migrate:downgrade
DROP VIEW app_v71_summary;
DROP TABLE app_tenants70;
