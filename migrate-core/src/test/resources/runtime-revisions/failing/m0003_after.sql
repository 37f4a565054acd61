-- revision: m0003
-- revises: m0002
-- message: never reached

-- migrate:upgrade
CREATE TABLE never_created (id int);

-- migrate:downgrade
DROP TABLE never_created;
