-- revision: 583313df0283
-- revises: 4d4ebe97d276
-- message: add pricx_col4 to pricx_webhooks2

--migrate:upgrade
ALTER TABLE pricx_webhooks2 ADD COLUMN pricx_col4 timestamptz;


-- migrate:downgrade
-- Ticket: PLAT-8556
ALTER TABLE pricx_webhooks2 DROP COLUMN pricx_col4;

