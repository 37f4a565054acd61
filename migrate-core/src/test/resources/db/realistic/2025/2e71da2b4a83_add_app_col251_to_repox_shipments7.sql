-- revision: 2e71da2b4a83
-- revises: f81d1d00743e
-- message: add app_col251 to repox_shipments7
-- transactional: true

-- migrate:upgrade
ALTER TABLE repox_shipments7 ADD COLUMN app_col251 timestamptz;
-- looked up by app_col251
CREATE INDEX app_col251_idx ON repox_shipments7 (app_col251);

-- migrate:downgrade
DROP INDEX app_col251_idx;
ALTER TABLE repox_shipments7 DROP COLUMN app_col251;

