-- revision: 805447f811f8
-- revises: dfde77f33749
-- message: add repox_col5 to repox_messages2
-- transactional: true

-- migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
ALTER TABLE repox_messages2 ADD COLUMN repox_col5 timestamptz;

--migrate:downgrade
-- NOTE: keep statements idempotent where the database allows it
ALTER TABLE repox_messages2 DROP COLUMN repox_col5;

