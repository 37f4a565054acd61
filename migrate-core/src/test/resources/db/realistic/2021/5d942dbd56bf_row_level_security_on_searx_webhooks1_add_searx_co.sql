-- revision: 5d942dbd56bf
-- revises: 1b019106bd54
-- message: row level security on searx_webhooks1, add searx_col3 to searx_webhooks1

-- migrate:upgrade
ALTER TABLE searx_webhooks1 ENABLE ROW LEVEL SECURITY;
CREATE POLICY searx_p2_own_rows ON searx_webhooks1
    USING (name = current_user OR current_setting('app.admin', true) = 'on');
ALTER TABLE searx_webhooks1 ADD COLUMN searx_col3 varchar(255) DEFAULT ';';

-- migrate:downgrade
ALTER TABLE searx_webhooks1 DROP COLUMN searx_col3;
DROP POLICY searx_p2_own_rows ON searx_webhooks1;
ALTER TABLE searx_webhooks1 DISABLE ROW LEVEL SECURITY;
