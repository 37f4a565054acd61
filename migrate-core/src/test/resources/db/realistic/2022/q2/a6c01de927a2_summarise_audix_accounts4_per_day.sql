-- revision: a6c01de927a2
-- revises: adfba7671502
-- message: summarise audix_accounts4 per day

--migrate:upgrade
CREATE VIEW audix_v11_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM audix_accounts4
GROUP BY 1;


-- migrate:downgrade
DROP VIEW audix_v11_summary;

