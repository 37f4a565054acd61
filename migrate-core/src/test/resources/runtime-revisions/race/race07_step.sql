-- revision: race07
-- revises: race06
-- message: race step 07

-- migrate:upgrade
CREATE TABLE race_07 (id int PRIMARY KEY);
SELECT pg_sleep(0.02);

-- migrate:downgrade
DROP TABLE race_07;
