-- revision: 9fa407d9ea29
-- revises: 56bff05965b3
-- message: row level security on app_projects143

-- migrate:upgrade
/* outer /* nested */ comment */
ALTER TABLE app_projects143 ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_p149_own_rows ON app_projects143
    USING (name = current_user OR current_setting('app.admin', true) = 'on');


-- migrate:downgrade
-- Ticket: PLAT-8869
DROP POLICY app_p149_own_rows ON app_projects143;
ALTER TABLE app_projects143 DISABLE ROW LEVEL SECURITY;
