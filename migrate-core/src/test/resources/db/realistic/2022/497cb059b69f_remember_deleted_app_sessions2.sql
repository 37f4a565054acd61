-- revision: 497cb059b69f
-- message: remember deleted app_sessions2
-- revises: b499fe43ac8d

-- migrate:upgrade
CREATE TABLE app_deleted_ids65 (table_name text NOT NULL, id bigint NOT NULL, deleted_at timestamptz DEFAULT now());
CREATE RULE app_log_delete66 AS ON DELETE TO app_sessions2 DO ALSO (
    INSERT INTO app_deleted_ids65 (table_name, id) VALUES ('app_sessions2', OLD.id);
    NOTIFY app_changes
);

--migrate:downgrade
DROP RULE app_log_delete66 ON app_sessions2;
DROP TABLE app_deleted_ids65
