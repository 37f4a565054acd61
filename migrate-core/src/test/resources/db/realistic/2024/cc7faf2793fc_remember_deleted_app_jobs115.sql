-- revision: cc7faf2793fc
-- revises: 9c163ef33d5c
-- message: remember deleted app_jobs115
-- transactional: true

--migrate:upgrade
CREATE TABLE app_deleted_ids171 (table_name text NOT NULL, id bigint NOT NULL, deleted_at timestamptz DEFAULT now());
CREATE RULE app_log_delete172 AS ON DELETE TO app_jobs115 DO ALSO (
    INSERT INTO app_deleted_ids171 (table_name, id) VALUES ('app_jobs115', OLD.id);
    NOTIFY app_changes
);

--migrate:downgrade
DROP RULE app_log_delete172 ON app_jobs115;
DROP TABLE app_deleted_ids171;

