-- revision: race02
-- revises: race01
-- message: race step 02

-- migrate:upgrade
CREATE TABLE race_02 (id int PRIMARY KEY);
SELECT pg_sleep(0.02);

-- migrate:downgrade
DROP TABLE race_02;
