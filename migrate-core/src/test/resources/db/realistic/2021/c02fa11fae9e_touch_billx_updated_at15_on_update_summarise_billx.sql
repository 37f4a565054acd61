-- revision: c02fa11fae9e
-- revises: 12fb79104862
-- message: touch billx_updated_at15 on update, summarise billx_events8 per day

-- migrate: upgrade
ALTER TABLE billx_projects3 ADD COLUMN billx_updated_at15 timestamptz;

/* trigger function */
CREATE OR REPLACE FUNCTION billx_touch14() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    -- keep billx_updated_at15 current; a semicolon here; does not end the statement
    NEW.billx_updated_at15 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$body$;
CREATE TRIGGER billx_touch14_trg
    BEFORE UPDATE ON billx_projects3
    FOR EACH ROW
    EXECUTE FUNCTION billx_touch14();
CREATE VIEW billx_v16_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM billx_events8
GROUP BY 1;

--migrate:downgrade
DROP VIEW billx_v16_summary;

DROP TRIGGER billx_touch14_trg ON billx_projects3;

DROP FUNCTION billx_touch14();
ALTER TABLE billx_projects3 DROP COLUMN billx_updated_at15;

