-- revision: f0573279972d
-- revises: 76546d9890be
-- message: add notix_col2 to notix_tasks1

--migrate:upgrade
ALTER TABLE notix_tasks1 ADD COLUMN notix_col2 text;

-- migrate:downgrade
ALTER TABLE notix_tasks1 DROP COLUMN notix_col2;

