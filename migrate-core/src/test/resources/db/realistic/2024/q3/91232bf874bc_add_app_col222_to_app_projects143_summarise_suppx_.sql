-- revision: 91232bf874bc
-- revises: 988dfe9332f1
-- message: add app_col222 to app_projects143, summarise suppx_reviews1 per day

-- migrate:upgrade
ALTER TABLE app_projects143 ADD COLUMN app_col222 jsonb NOT NULL DEFAULT '[]'::jsonb;
-- looked up by app_col222
CREATE INDEX app_col222_idx ON app_projects143 (app_col222);

CREATE VIEW app_v223_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM suppx_reviews1
GROUP BY 1;

-- migrate:downgrade
DROP VIEW app_v223_summary;
DROP INDEX app_col222_idx;
ALTER TABLE app_projects143 DROP COLUMN app_col222;
