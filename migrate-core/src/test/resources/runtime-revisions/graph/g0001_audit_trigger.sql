-- revision: g0001
-- revises: e0001
-- message: audit trigger on users

-- migrate:upgrade
CREATE FUNCTION audit_users() RETURNS trigger AS $body$
BEGIN
    -- a semicolon inside the body; must not split the statement
    INSERT INTO audit_log (entity) VALUES ('users:' || TG_OP);
    RETURN NEW;
END;
$body$ LANGUAGE plpgsql;

CREATE TRIGGER users_audit AFTER INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION audit_users();

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_log) THEN
        INSERT INTO audit_log (entity) VALUES ('installed');
    END IF;
END
$$;

-- migrate:downgrade
DROP TRIGGER users_audit ON users;
DROP FUNCTION audit_users();
