-- revision: 0ef6e8c9e8d9
-- revises: ace1fbc05078
-- message: add app_col99 to app_sessions77

--migrate:upgrade
-- NOTE: keep statements idempotent where the database allows it
ALTER TABLE app_sessions77 ADD COLUMN app_col99 integer NOT NULL DEFAULT 0;

-- migrate: downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
ALTER TABLE app_sessions77 DROP COLUMN app_col99;

