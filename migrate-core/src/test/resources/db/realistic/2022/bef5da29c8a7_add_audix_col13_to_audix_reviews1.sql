-- revision: bef5da29c8a7
-- revises: 7b37c3d0de46
-- message: add audix_col13 to audix_reviews1

-- migrate: upgrade
ALTER TABLE audix_reviews1 ADD COLUMN audix_col13 timestamptz;

-- looked up by audix_col13
CREATE INDEX audix_col13_idx ON audix_reviews1 (audix_col13);

-- migrate:downgrade
DROP INDEX audix_col13_idx;
ALTER TABLE audix_reviews1 DROP COLUMN audix_col13;
