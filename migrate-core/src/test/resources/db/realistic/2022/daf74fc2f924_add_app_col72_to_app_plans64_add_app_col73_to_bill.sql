-- revision: daf74fc2f924
-- revises: 10c2a2b8d649
-- message: add app_col72 to app_plans64, add app_col73 to billx_accounts1

-- migrate: upgrade
-- Ticket: PLAT-3437
ALTER TABLE app_plans64 ADD COLUMN app_col72 timestamptz;
-- looked up by app_col72
CREATE INDEX app_col72_idx ON app_plans64 (app_col72);
ALTER TABLE billx_accounts1 ADD COLUMN app_col73 varchar(255) DEFAULT ';';
-- looked up by app_col73
CREATE INDEX app_col73_idx ON billx_accounts1 (app_col73);


-- migrate:downgrade
/* outer /* nested */ comment */
DROP INDEX app_col73_idx;
ALTER TABLE billx_accounts1 DROP COLUMN app_col73;

DROP INDEX app_col72_idx;
ALTER TABLE app_plans64 DROP COLUMN app_col72;

