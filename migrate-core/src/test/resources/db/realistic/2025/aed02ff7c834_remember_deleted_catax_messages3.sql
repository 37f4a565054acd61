-- revision: aed02ff7c834
-- revises: e970366d5907
-- message: remember deleted catax_messages3

--migrate:upgrade
CREATE TABLE app_deleted_ids285 (table_name text NOT NULL, id bigint NOT NULL, deleted_at timestamptz DEFAULT now());
CREATE RULE app_log_delete286 AS ON DELETE TO catax_messages3 DO ALSO (
    INSERT INTO app_deleted_ids285 (table_name, id) VALUES ('catax_messages3', OLD.id);
    NOTIFY app_changes
);

--migrate:downgrade
DROP RULE app_log_delete286 ON catax_messages3;
DROP TABLE app_deleted_ids285;
