-- revision: i0001
-- message: reversible base

-- migrate:upgrade
CREATE TABLE irr_one (id int);

-- migrate:downgrade
DROP TABLE irr_one;
