-- revision: 0f4f410f9a9b
-- revises: b8509e5952dc
-- message: add app_col95 to audix_accounts4

--migrate:upgrade
ALTER TABLE audix_accounts4 ADD COLUMN app_col95 jsonb NOT NULL DEFAULT '[]'::jsonb;
-- looked up by app_col95
CREATE INDEX app_col95_idx ON audix_accounts4 (app_col95);

-- migrate:downgrade
DROP INDEX app_col95_idx;
ALTER TABLE audix_accounts4 DROP COLUMN app_col95;

