-- revision: a69798406b38
-- revises: 93beefa14528
-- message: rename app_projects22.app_col23

-- migrate:upgrade
ALTER TABLE app_projects22 RENAME COLUMN app_col23 TO "app_col23_v2";

--migrate:downgrade
ALTER TABLE app_projects22 RENAME COLUMN "app_col23_v2" TO app_col23;
