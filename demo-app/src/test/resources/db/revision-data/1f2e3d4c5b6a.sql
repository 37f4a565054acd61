-- Rows the stairway carries through every later revision: a downgrade that loses them fails
-- the no-trace check.
INSERT INTO users (id, username, email, created_at) VALUES
    (1, 'Ada Lovelace', 'ada@example.com', '2024-01-01T00:00:00Z'),
    (2, 'Alan Mathison Turing', 'alan@example.com', '2024-01-02T00:00:00Z');
INSERT INTO orders (id, user_id, amount, status, created_at) VALUES
    (1, 1, 12.50, 'NEW', '2024-01-03T00:00:00Z'),
    (2, 2, 99.99, 'PAID', '2024-01-04T00:00:00Z');
