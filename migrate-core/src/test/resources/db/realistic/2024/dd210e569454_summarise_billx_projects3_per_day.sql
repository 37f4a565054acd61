-- revision: dd210e569454
-- revises: e2efceecbe4d
-- message: summarise billx_projects3 per day

--migrate:upgrade
CREATE VIEW app_v179_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM billx_projects3
GROUP BY 1;


--migrate:downgrade
DROP VIEW app_v179_summary;
