-- revision: 7551aa18c6b8
-- revises: 83195a1fefde
-- message: add audix_col7 to audix_accounts4

-- migrate:upgrade
ALTER TABLE audix_accounts4 ADD COLUMN audix_col7 jsonb NOT NULL DEFAULT '[]'::jsonb;

-- migrate: downgrade
ALTER TABLE audix_accounts4 DROP COLUMN audix_col7

