-- revision: 4d5e6f7a8b9c
-- revises: 3c4d5e6f7a8b
-- message: every order belongs to a user

-- migrate:upgrade
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
ALTER TABLE orders
    ALTER COLUMN user_id SET NOT NULL;
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX ux_users_email;

-- migrate:downgrade
ALTER TABLE users DROP CONSTRAINT users_email_key;
ALTER TABLE orders DROP CONSTRAINT orders_total_positive;
ALTER TABLE orders ALTER COLUMN user_id DROP NOT NULL;
