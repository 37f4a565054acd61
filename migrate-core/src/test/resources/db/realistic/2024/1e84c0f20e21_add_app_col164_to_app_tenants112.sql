-- revision: 1e84c0f20e21
-- revises: 6cd068fedfc2
-- message: add app_col164 to app_tenants112

-- migrate:upgrade
ALTER TABLE app_tenants112 ADD COLUMN app_col164 boolean DEFAULT false;


-- migrate:downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
ALTER TABLE app_tenants112 DROP COLUMN app_col164;

