-- revision: 746fdc917d96
-- revises: 1f02b40ec07d
-- message: summarise app_sessions2 per day

-- migrate:upgrade
CREATE VIEW app_v53_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM app_sessions2
GROUP BY 1;

-- migrate:downgrade
-- Ticket: PLAT-1335
DROP VIEW app_v53_summary

