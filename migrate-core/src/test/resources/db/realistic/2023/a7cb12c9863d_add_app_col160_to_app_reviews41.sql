-- revision: a7cb12c9863d
-- transactional: true
-- message: add app_col160 to app_reviews41
-- revises: fd3d675ca320

-- migrate:upgrade
ALTER TABLE app_reviews41 ADD COLUMN app_col160 timestamptz;
-- looked up by app_col160
CREATE INDEX app_col160_idx ON app_reviews41 (app_col160);

-- migrate:downgrade
DROP INDEX app_col160_idx;
ALTER TABLE app_reviews41 DROP COLUMN app_col160;
