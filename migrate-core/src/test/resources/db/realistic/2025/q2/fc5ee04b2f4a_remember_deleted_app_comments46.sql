-- revision: fc5ee04b2f4a
-- revises: 0b342f8740e1
-- message: remember deleted app_comments46

--migrate:upgrade
/* outer /* nested */ comment */
CREATE TABLE app_deleted_ids239 (table_name text NOT NULL, id bigint NOT NULL, deleted_at timestamptz DEFAULT now());
CREATE RULE app_log_delete240 AS ON DELETE TO app_comments46 DO ALSO (
    INSERT INTO app_deleted_ids239 (table_name, id) VALUES ('app_comments46', OLD.id);
    NOTIFY app_changes
);

-- migrate:downgrade
DROP RULE app_log_delete240 ON app_comments46;
DROP TABLE app_deleted_ids239;
