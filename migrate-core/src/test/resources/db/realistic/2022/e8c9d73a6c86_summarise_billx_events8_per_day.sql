-- revision: e8c9d73a6c86
-- message: summarise billx_events8 per day
-- revises: c199c9b3d314

-- migrate: upgrade
CREATE VIEW app_v92_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM billx_events8
GROUP BY 1;


-- migrate: downgrade
/* outer /* nested */ comment */
DROP VIEW app_v92_summary;

