-- revision: 6872ddae3b63
-- revises: 06d1151fdce2
-- message: add app_col196 to shipx_documents1

-- migrate: upgrade
ALTER TABLE shipx_documents1 ADD COLUMN app_col196 varchar(255) DEFAULT ';';
-- looked up by app_col196
CREATE INDEX app_col196_idx ON shipx_documents1 (app_col196);

-- migrate:downgrade
DROP INDEX app_col196_idx;
ALTER TABLE shipx_documents1 DROP COLUMN app_col196;

