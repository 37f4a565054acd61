-- revision: race04
-- revises: race03
-- message: race step 04

-- migrate:upgrade
CREATE TABLE race_04 (id int PRIMARY KEY);
SELECT pg_sleep(0.02);

-- migrate:downgrade
DROP TABLE race_04;
