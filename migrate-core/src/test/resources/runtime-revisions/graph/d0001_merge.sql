-- revision: d0001
-- revises: b0001, c0001
-- message: merge orders and profile

-- migrate:upgrade
CREATE VIEW user_orders AS
    SELECT u.id AS user_id, u.email, o.id AS order_id
    FROM users u JOIN orders o ON o.user_id = u.id;

-- migrate:downgrade
DROP VIEW user_orders;
