-- revision: 6096a347de58
-- revises: de27385025c3
-- message: add app_col268 to app_jobs115

--migrate:upgrade
ALTER TABLE app_jobs115 ADD COLUMN app_col268 jsonb NOT NULL DEFAULT '[]'::jsonb;
-- looked up by app_col268
CREATE INDEX app_col268_idx ON app_jobs115 (app_col268);


-- migrate: downgrade
DROP INDEX app_col268_idx;
ALTER TABLE app_jobs115 DROP COLUMN app_col268;
