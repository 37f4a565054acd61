-- revision: 1922267d8eab
-- message: summarise app_projects22 per day
-- revises: 88935a306b3a

-- migrate:upgrade
CREATE VIEW app_v108_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM app_projects22
GROUP BY 1;

--migrate:downgrade
DROP VIEW app_v108_summary

