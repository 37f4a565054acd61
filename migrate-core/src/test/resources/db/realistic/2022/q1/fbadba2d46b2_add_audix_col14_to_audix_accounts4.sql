-- revision: fbadba2d46b2
-- revises: bef5da29c8a7
-- message: add audix_col14 to audix_accounts4
-- transactional: true

-- migrate: upgrade
ALTER TABLE audix_accounts4 ADD COLUMN audix_col14 text;
-- looked up by audix_col14
CREATE INDEX audix_col14_idx ON audix_accounts4 (audix_col14);

--migrate:downgrade
DROP INDEX audix_col14_idx;

ALTER TABLE audix_accounts4 DROP COLUMN audix_col14;
