-- revision: 32e1145814eb
-- revises: 5bf9fbf3c83a
-- message: create app_events230, touch app_updated_at232 on update

-- migrate: upgrade
-- NOTE: keep statements idempotent where the database allows it
-- app_events230: one row per event
CREATE TABLE app_events230 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_events230 IS 'It''s the events table; see the wiki';
ALTER TABLE searx_webhooks1 ADD COLUMN app_updated_at232 timestamptz;


/* trigger function */
CREATE OR REPLACE FUNCTION app_touch231() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    -- keep app_updated_at232 current; a semicolon here; does not end the statement
    NEW.app_updated_at232 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$fn$;

CREATE TRIGGER app_touch231_trg
    BEFORE UPDATE ON searx_webhooks1
    FOR EACH ROW
    EXECUTE FUNCTION app_touch231();


-- migrate:downgrade
DROP TRIGGER app_touch231_trg ON searx_webhooks1;
DROP FUNCTION app_touch231();

ALTER TABLE searx_webhooks1 DROP COLUMN app_updated_at232;

DROP TABLE app_events230;

