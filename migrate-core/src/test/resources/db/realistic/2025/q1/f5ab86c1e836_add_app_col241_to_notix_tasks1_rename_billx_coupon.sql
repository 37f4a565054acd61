-- revision: f5ab86c1e836
-- revises: 7bf9f1a288a6
-- message: add app_col241 to notix_tasks1, rename billx_coupons9.app_col184

-- migrate:upgrade
/* outer /* nested */ comment */
ALTER TABLE notix_tasks1 ADD COLUMN app_col241 varchar(255) DEFAULT ';';

ALTER TABLE billx_coupons9 RENAME COLUMN app_col184 TO "app_col184_v2";

-- migrate: downgrade
ALTER TABLE billx_coupons9 RENAME COLUMN "app_col184_v2" TO app_col184;

ALTER TABLE notix_tasks1 DROP COLUMN app_col241;
