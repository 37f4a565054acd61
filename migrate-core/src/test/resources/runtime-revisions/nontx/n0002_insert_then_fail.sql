-- revision: n0002
-- revises: n0001
-- message: insert, sleep, maybe fail
-- transactional: false

-- migrate:upgrade
INSERT INTO items VALUES (2);
SELECT pg_sleep((SELECT seconds FROM sleep_control));
SELECT 1 / (CASE WHEN fail THEN 0 ELSE 1 END) FROM fail_control;

-- migrate:downgrade
DELETE FROM items WHERE id = 2;
