-- revision: 53b68cb512aa
-- revises: b761e50ff50a
-- message: add shipx_col12 to shipx_documents1

-- migrate:upgrade
/* outer /* nested */ comment */
ALTER TABLE shipx_documents1 ADD COLUMN shipx_col12 integer NOT NULL DEFAULT 0;
-- looked up by shipx_col12
CREATE INDEX shipx_col12_idx ON shipx_documents1 (shipx_col12);


-- migrate: downgrade
DROP INDEX shipx_col12_idx;
ALTER TABLE shipx_documents1 DROP COLUMN shipx_col12;
