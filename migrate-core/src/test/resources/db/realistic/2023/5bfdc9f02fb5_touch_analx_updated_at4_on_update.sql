-- revision: 5bfdc9f02fb5
-- revises: a3e9678b1c9f
-- message: touch analx_updated_at4 on update

--migrate:upgrade
-- NOTE: keep statements idempotent where the database allows it
ALTER TABLE analx_payments1 ADD COLUMN analx_updated_at4 timestamptz;

/* trigger function */
CREATE OR REPLACE FUNCTION analx_touch3() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- keep analx_updated_at4 current; a semicolon here; does not end the statement
    NEW.analx_updated_at4 := now();
    IF NEW.name = '' THEN
        RAISE NOTICE 'empty name on %; it''s allowed', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER analx_touch3_trg
    BEFORE UPDATE ON analx_payments1
    FOR EACH ROW
    EXECUTE FUNCTION analx_touch3();

-- migrate: downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
DROP TRIGGER analx_touch3_trg ON analx_payments1;
DROP FUNCTION analx_touch3();

ALTER TABLE analx_payments1 DROP COLUMN analx_updated_at4;
