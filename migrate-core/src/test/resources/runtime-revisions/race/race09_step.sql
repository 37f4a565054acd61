-- revision: race09
-- revises: race08
-- message: race step 09

-- migrate:upgrade
CREATE TABLE race_09 (id int PRIMARY KEY);
SELECT pg_sleep(0.02);

-- migrate:downgrade
DROP TABLE race_09;
