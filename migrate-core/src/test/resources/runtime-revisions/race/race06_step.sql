-- revision: race06
-- revises: race05
-- message: race step 06

-- migrate:upgrade
CREATE TABLE race_06 (id int PRIMARY KEY);
SELECT pg_sleep(0.02);

-- migrate:downgrade
DROP TABLE race_06;
