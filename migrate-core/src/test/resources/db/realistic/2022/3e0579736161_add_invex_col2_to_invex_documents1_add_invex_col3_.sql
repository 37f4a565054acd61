-- revision: 3e0579736161
-- revises: 53127ae5840d
-- message: add invex_col2 to invex_documents1, add invex_col3 to invex_documents1

-- migrate:upgrade
ALTER TABLE invex_documents1 ADD COLUMN invex_col2 varchar(255) DEFAULT ';';
ALTER TABLE invex_documents1 ADD COLUMN invex_col3 boolean DEFAULT false;


--migrate:downgrade
-- Ticket: PLAT-273
ALTER TABLE invex_documents1 DROP COLUMN invex_col3;

ALTER TABLE invex_documents1 DROP COLUMN invex_col2;

