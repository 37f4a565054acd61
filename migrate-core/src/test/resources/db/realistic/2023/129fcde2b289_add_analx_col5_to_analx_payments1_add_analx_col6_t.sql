-- revision: 129fcde2b289
-- revises: 5bfdc9f02fb5
-- message: add analx_col5 to analx_payments1, add analx_col6 to analx_payments1

-- migrate:upgrade
ALTER TABLE analx_payments1 ADD COLUMN analx_col5 integer NOT NULL DEFAULT 0;
ALTER TABLE analx_payments1 ADD COLUMN analx_col6 boolean DEFAULT false;

-- migrate:downgrade
ALTER TABLE analx_payments1 DROP COLUMN analx_col6;
ALTER TABLE analx_payments1 DROP COLUMN analx_col5

