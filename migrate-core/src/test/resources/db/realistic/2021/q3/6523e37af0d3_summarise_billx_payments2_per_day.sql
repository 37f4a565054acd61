-- revision: 6523e37af0d3
-- message: summarise billx_payments2 per day
-- revises: 4eff27630c4c

-- migrate:upgrade
-- Ticket: PLAT-7360
CREATE VIEW billx_v5_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM billx_payments2
GROUP BY 1;


-- migrate:downgrade
DROP VIEW billx_v5_summary;
