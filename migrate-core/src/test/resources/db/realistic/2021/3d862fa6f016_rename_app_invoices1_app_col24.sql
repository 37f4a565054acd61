-- revision: 3d862fa6f016
-- revises: a85f55d69771
-- message: rename app_invoices1.app_col24

-- migrate:upgrade
ALTER TABLE app_invoices1 RENAME COLUMN app_col24 TO "app_col24_v2";


-- migrate:downgrade
ALTER TABLE app_invoices1 RENAME COLUMN "app_col24_v2" TO app_col24;
