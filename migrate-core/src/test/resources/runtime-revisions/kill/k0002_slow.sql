-- revision: k0002
-- revises: k0001
-- message: slow revision killed halfway

-- migrate:upgrade
CREATE TABLE half_done (id int);
SELECT pg_sleep((SELECT seconds FROM sleep_control));
INSERT INTO half_done VALUES (1);

-- migrate:downgrade
DROP TABLE half_done;
