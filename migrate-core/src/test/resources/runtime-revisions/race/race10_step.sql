-- revision: race10
-- revises: race09
-- message: race step 10

-- migrate:upgrade
CREATE TABLE race_10 (id int PRIMARY KEY);
SELECT pg_sleep(0.02);

-- migrate:downgrade
DROP TABLE race_10;
