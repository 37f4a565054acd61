-- revision: f301ef24b125
-- message: remember deleted billx_tenants10
-- revises: 04483c9059ba

-- migrate: upgrade
CREATE TABLE app_deleted_ids198 (table_name text NOT NULL, id bigint NOT NULL, deleted_at timestamptz DEFAULT now());
CREATE RULE app_log_delete199 AS ON DELETE TO billx_tenants10 DO ALSO (
    INSERT INTO app_deleted_ids198 (table_name, id) VALUES ('billx_tenants10', OLD.id);
    NOTIFY app_changes
);


--migrate:downgrade
DROP RULE app_log_delete199 ON billx_tenants10;
DROP TABLE app_deleted_ids198;

