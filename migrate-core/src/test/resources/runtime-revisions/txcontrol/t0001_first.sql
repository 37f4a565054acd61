-- revision: t0001
-- revises:
-- message: fine first revision

-- migrate:upgrade
CREATE TABLE tx_first (id int);

-- migrate:downgrade
DROP TABLE tx_first;
