-- revision: race05
-- revises: race04
-- message: race step 05

-- migrate:upgrade
CREATE TABLE race_05 (id int PRIMARY KEY);
SELECT pg_sleep(0.02);

-- migrate:downgrade
DROP TABLE race_05;
