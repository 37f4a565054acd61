-- revision: 8091a2b3c4d5
-- revises: 3b4c5d6e7f80
-- message: reporting branch: order totals per user view
-- branch-labels: reporting

-- migrate:upgrade
CREATE VIEW user_order_totals AS
SELECT o.user_id, count(*) AS order_count, sum(o.amount) AS total_amount
FROM orders o
GROUP BY o.user_id;

-- migrate:downgrade
DROP VIEW user_order_totals;
