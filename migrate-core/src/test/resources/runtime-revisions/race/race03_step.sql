-- revision: race03
-- revises: race02
-- message: race step 03

-- migrate:upgrade
CREATE TABLE race_03 (id int PRIMARY KEY);
SELECT pg_sleep(0.02);

-- migrate:downgrade
DROP TABLE race_03;
