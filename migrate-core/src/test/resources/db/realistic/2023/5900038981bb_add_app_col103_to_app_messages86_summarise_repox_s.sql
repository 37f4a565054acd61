-- revision: 5900038981bb
-- revises: a208409f2b69
-- message: add app_col103 to app_messages86, summarise repox_shipments7 per day

-- migrate: upgrade
ALTER TABLE app_messages86 ADD COLUMN app_col103 boolean DEFAULT false;
-- looked up by app_col103
CREATE INDEX app_col103_idx ON app_messages86 (app_col103);
CREATE VIEW app_v104_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM repox_shipments7
GROUP BY 1;


-- migrate: downgrade
DROP VIEW app_v104_summary;

DROP INDEX app_col103_idx;
ALTER TABLE app_messages86 DROP COLUMN app_col103;
