-- revision: 79ef4dc2017e
-- revises: 3e9f3c36e5b8
-- message: summarise app_projects22 per day, add app_col262 to audix_accounts4
-- transactional: true

-- migrate:upgrade
CREATE VIEW app_v261_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM app_projects22
GROUP BY 1;

ALTER TABLE audix_accounts4 ADD COLUMN app_col262 varchar(255) DEFAULT ';';
-- looked up by app_col262
CREATE INDEX app_col262_idx ON audix_accounts4 (app_col262);

-- migrate:downgrade
DROP INDEX app_col262_idx;

ALTER TABLE audix_accounts4 DROP COLUMN app_col262;

DROP VIEW app_v261_summary;
