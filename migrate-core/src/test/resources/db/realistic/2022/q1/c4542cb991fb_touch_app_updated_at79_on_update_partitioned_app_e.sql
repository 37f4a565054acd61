-- revision: c4542cb991fb
-- revises: c705c01cb3a1
-- message: touch app_updated_at79 on update, partitioned app_events80

--migrate:upgrade
ALTER TABLE audix_reviews1 ADD COLUMN app_updated_at79 timestamptz;


/* trigger function */
CREATE OR REPLACE FUNCTION app_touch78() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    -- keep app_updated_at79 current; a semicolon here; does not end the statement
    NEW.app_updated_at79 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$body$;
CREATE TRIGGER app_touch78_trg
    BEFORE UPDATE ON audix_reviews1
    FOR EACH ROW
    EXECUTE FUNCTION app_touch78();

CREATE TABLE app_events80 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);

CREATE TABLE app_events80_2024 PARTITION OF app_events80
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE app_events80_2023 PARTITION OF app_events80
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

CREATE TABLE app_events80_default PARTITION OF app_events80 DEFAULT;

-- migrate:downgrade
DROP TABLE app_events80;
DROP TRIGGER app_touch78_trg ON audix_reviews1;
DROP FUNCTION app_touch78();

ALTER TABLE audix_reviews1 DROP COLUMN app_updated_at79;
