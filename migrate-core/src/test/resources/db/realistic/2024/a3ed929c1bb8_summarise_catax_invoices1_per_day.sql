-- revision: a3ed929c1bb8
-- revises: 2c3e46eb376c
-- message: summarise catax_invoices1 per day

-- migrate:upgrade
CREATE VIEW catax_v2_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM catax_invoices1
GROUP BY 1;

-- migrate: downgrade
DROP VIEW catax_v2_summary;
