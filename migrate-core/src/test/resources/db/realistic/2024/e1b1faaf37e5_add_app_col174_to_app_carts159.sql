-- revision: e1b1faaf37e5
-- revises: f9d2dc4f909c
-- message: add app_col174 to app_carts159

-- migrate:upgrade
ALTER TABLE app_carts159 ADD COLUMN app_col174 timestamptz;

-- migrate:downgrade
ALTER TABLE app_carts159 DROP COLUMN app_col174;

