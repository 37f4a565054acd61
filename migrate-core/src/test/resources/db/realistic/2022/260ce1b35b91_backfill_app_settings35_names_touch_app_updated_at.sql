-- revision: 260ce1b35b91
-- revises: daf74fc2f924
-- message: backfill app_settings35 names, touch app_updated_at75 on update

-- migrate: upgrade
-- data fix: names were saved with surrounding spaces
UPDATE app_settings35
SET name = btrim(name)
WHERE name <> btrim(name);
INSERT INTO app_settings35 (name)
SELECT 'seed; row ' || g FROM generate_series(1, 3) AS g;
DELETE FROM app_settings35 WHERE name IN (E'\'quoted\'', 'it''s', $$dollar 'quoted'$$, '\');

ALTER TABLE searx_webhooks1 ADD COLUMN app_updated_at75 timestamptz;


/* trigger function */
CREATE OR REPLACE FUNCTION app_touch74() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    -- keep app_updated_at75 current; a semicolon here; does not end the statement
    NEW.app_updated_at75 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$body$;
CREATE TRIGGER app_touch74_trg
    BEFORE UPDATE ON searx_webhooks1
    FOR EACH ROW
    EXECUTE FUNCTION app_touch74();
