-- revision: 64a65ea65843
-- revises: 942462872fe8
-- message: add app_col32 to app_invoices1
-- transactional: true

-- migrate:upgrade
ALTER TABLE app_invoices1 ADD COLUMN app_col32 boolean DEFAULT false;


--migrate:downgrade
ALTER TABLE app_invoices1 DROP COLUMN app_col32;
