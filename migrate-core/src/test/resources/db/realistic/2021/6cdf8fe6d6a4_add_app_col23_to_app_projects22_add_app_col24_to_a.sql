-- revision: 6cdf8fe6d6a4
-- revises: ba455fdd3a16
-- message: add app_col23 to app_projects22, add app_col24 to app_invoices1

--migrate:upgrade
ALTER TABLE app_projects22 ADD COLUMN app_col23 integer NOT NULL DEFAULT 0;
-- looked up by app_col23
CREATE INDEX app_col23_idx ON app_projects22 (app_col23);
ALTER TABLE app_invoices1 ADD COLUMN app_col24 jsonb NOT NULL DEFAULT '[]'::jsonb;


-- migrate:downgrade
ALTER TABLE app_invoices1 DROP COLUMN app_col24;

DROP INDEX app_col23_idx;
ALTER TABLE app_projects22 DROP COLUMN app_col23;
