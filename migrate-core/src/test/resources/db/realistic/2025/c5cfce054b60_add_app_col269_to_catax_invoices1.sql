-- revision: c5cfce054b60
-- revises: 6096a347de58
-- message: add app_col269 to catax_invoices1

--migrate:upgrade
ALTER TABLE catax_invoices1 ADD COLUMN app_col269 boolean DEFAULT false;


--migrate:downgrade
/* outer /* nested */ comment */
ALTER TABLE catax_invoices1 DROP COLUMN app_col269;

