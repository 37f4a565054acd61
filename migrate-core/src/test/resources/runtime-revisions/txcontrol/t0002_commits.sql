-- revision: t0002
-- revises: t0001
-- message: commits halfway

-- migrate:upgrade
CREATE TABLE tx_half (id int);
DO $$ BEGIN RAISE NOTICE 'a COMMIT in here is fine'; END $$;
COMMIT;
CREATE TABLE tx_other_half (id int);

-- migrate:downgrade
DROP TABLE tx_other_half;
DROP TABLE tx_half;
