-- revision: 9a375ce2e0d1
-- revises: a85af1b7861e
-- message: summarise app_projects143 per day

-- migrate:upgrade
CREATE VIEW app_v234_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM app_projects143
GROUP BY 1;

-- migrate:downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP VIEW app_v234_summary;