-- revision: 965d86f0bda5
-- revises: ed82b241cd54
-- message: row level security on app_reviews41

--migrate:upgrade
ALTER TABLE app_reviews41 ENABLE ROW LEVEL SECURITY;

CREATE POLICY app_p54_own_rows ON app_reviews41
    USING (name = current_user OR current_setting('app.admin', true) = 'on');


-- migrate: downgrade
DROP POLICY app_p54_own_rows ON app_reviews41;

ALTER TABLE app_reviews41 DISABLE ROW LEVEL SECURITY;

