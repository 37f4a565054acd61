-- revision: 8f0d1a32de26
-- revises: 805447f811f8
-- message: add repox_col6 to repox_messages2
-- depends-on: f30a0389e388

-- migrate:upgrade
/* outer /* nested */ comment */
ALTER TABLE repox_messages2 ADD COLUMN repox_col6 timestamptz;

-- migrate: downgrade
ALTER TABLE repox_messages2 DROP COLUMN repox_col6;
