-- revision: 4622226b682b
-- revises: fbadba2d46b2
-- message: add audix_col15 to audix_reviews1

-- migrate: upgrade
/* outer /* nested */ comment */
ALTER TABLE audix_reviews1 ADD COLUMN audix_col15 varchar(255) DEFAULT ';';

-- looked up by audix_col15
CREATE INDEX audix_col15_idx ON audix_reviews1 (audix_col15);

-- migrate: downgrade
DROP INDEX audix_col15_idx;
ALTER TABLE audix_reviews1 DROP COLUMN audix_col15;
