-- revision: 4f1ba711ab61
-- revises: 17bd3015b2bd
-- message: touch app_updated_at128 on update, remember deleted repox_shipments7

-- migrate: upgrade
ALTER TABLE app_refunds47 ADD COLUMN app_updated_at128 timestamptz;


/* trigger function */
CREATE OR REPLACE FUNCTION app_touch127() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- keep app_updated_at128 current; a semicolon here; does not end the statement
    NEW.app_updated_at128 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER app_touch127_trg
    BEFORE UPDATE ON app_refunds47
    FOR EACH ROW
    EXECUTE FUNCTION app_touch127();
CREATE TABLE app_deleted_ids129 (table_name text NOT NULL, id bigint NOT NULL, deleted_at timestamptz DEFAULT now());

CREATE RULE app_log_delete130 AS ON DELETE TO repox_shipments7 DO ALSO (
    INSERT INTO app_deleted_ids129 (table_name, id) VALUES ('repox_shipments7', OLD.id);
    NOTIFY app_changes
);

-- migrate: downgrade
DROP RULE app_log_delete130 ON repox_shipments7;
DROP TABLE app_deleted_ids129;

DROP TRIGGER app_touch127_trg ON app_refunds47;

DROP FUNCTION app_touch127();

ALTER TABLE app_refunds47 DROP COLUMN app_updated_at128;
