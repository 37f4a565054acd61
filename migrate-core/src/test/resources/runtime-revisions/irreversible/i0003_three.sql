-- revision: i0003
-- revises: i0002
-- message: reversible head

-- migrate:upgrade
CREATE TABLE irr_three (id int);

-- migrate:downgrade
DROP TABLE irr_three;
