-- revision: n0001
-- message: items and the controls the tests turn

-- migrate:upgrade
CREATE TABLE items (id int);
INSERT INTO items VALUES (1);
CREATE TABLE sleep_control (seconds double precision NOT NULL);
INSERT INTO sleep_control VALUES (0);
CREATE TABLE fail_control (fail boolean NOT NULL);
INSERT INTO fail_control VALUES (false);

-- migrate:downgrade
DROP TABLE fail_control;
DROP TABLE sleep_control;
DROP TABLE items;
