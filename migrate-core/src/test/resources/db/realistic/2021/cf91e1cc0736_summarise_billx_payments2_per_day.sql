-- revision: cf91e1cc0736
-- revises: c02fa11fae9e
-- message: summarise billx_payments2 per day

-- migrate:upgrade
CREATE VIEW billx_v17_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM billx_payments2
GROUP BY 1;


-- migrate:downgrade
DROP VIEW billx_v17_summary;
