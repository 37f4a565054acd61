-- revision: 89e03a589e65
-- revises: 780b6a2a1812
-- message: add app_col9 to app_sessions2

--migrate:upgrade
/* outer /* nested */ comment */
ALTER TABLE app_sessions2 ADD COLUMN app_col9 text;


-- migrate: downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
ALTER TABLE app_sessions2 DROP COLUMN app_col9;
