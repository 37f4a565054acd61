-- revision: a0001
-- message: items and the controls the tests turn

-- migrate:upgrade
CREATE TABLE items (id int PRIMARY KEY);
INSERT INTO items SELECT generate_series(1, 100);
-- Which transaction each part of a0002 ran in.
CREATE TABLE tx_log (part text NOT NULL, xid bigint NOT NULL);
CREATE TABLE sleep_control (seconds double precision NOT NULL);
INSERT INTO sleep_control VALUES (0);
CREATE TABLE fail_control (before_block boolean NOT NULL, after_block boolean NOT NULL);
INSERT INTO fail_control VALUES (false, false);

-- migrate:downgrade
DROP TABLE fail_control;
DROP TABLE sleep_control;
DROP TABLE tx_log;
DROP TABLE items;
