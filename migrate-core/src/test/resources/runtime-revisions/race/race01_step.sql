-- revision: race01
-- message: race step 01

-- migrate:upgrade
CREATE TABLE race_01 (id int PRIMARY KEY);
SELECT pg_sleep(0.02);

-- migrate:downgrade
DROP TABLE race_01;
