-- revision: race08
-- revises: race07
-- message: race step 08

-- migrate:upgrade
CREATE TABLE race_08 (id int PRIMARY KEY);
SELECT pg_sleep(0.02);

-- migrate:downgrade
DROP TABLE race_08;
