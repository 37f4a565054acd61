-- revision: aaaa00000001
-- revises:
-- message: a revision for the build's class-data-sharing training run (never applied)

-- migrate:upgrade
CREATE TABLE training (id bigint PRIMARY KEY, name text NOT NULL);
CREATE INDEX training_name ON training (name);

-- migrate:downgrade
DROP TABLE training;
