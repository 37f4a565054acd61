-- revision: k0001
-- message: base before the slow revision

-- migrate:upgrade
CREATE TABLE sleep_control (seconds double precision NOT NULL);
INSERT INTO sleep_control VALUES (0);

-- migrate:downgrade
DROP TABLE sleep_control;
