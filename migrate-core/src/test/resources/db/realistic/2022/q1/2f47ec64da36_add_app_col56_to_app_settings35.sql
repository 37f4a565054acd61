-- revision: 2f47ec64da36
-- revises: 7ff967e200d9
-- message: add app_col56 to app_settings35

-- migrate: upgrade
ALTER TABLE app_settings35 ADD COLUMN app_col56 jsonb NOT NULL DEFAULT '[]'::jsonb;


-- migrate: downgrade
ALTER TABLE app_settings35 DROP COLUMN app_col56;
