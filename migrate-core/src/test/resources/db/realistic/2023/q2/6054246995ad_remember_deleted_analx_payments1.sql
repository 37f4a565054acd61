-- revision: 6054246995ad
-- revises: 129fcde2b289
-- message: remember deleted analx_payments1
-- depends-on: 259d566f07c5

-- migrate:upgrade
CREATE TABLE analx_deleted_ids7 (table_name text NOT NULL, id bigint NOT NULL, deleted_at timestamptz DEFAULT now());

CREATE RULE analx_log_delete8 AS ON DELETE TO analx_payments1 DO ALSO (
    INSERT INTO analx_deleted_ids7 (table_name, id) VALUES ('analx_payments1', OLD.id);
    NOTIFY analx_changes
);

--migrate:downgrade
DROP RULE analx_log_delete8 ON analx_payments1;

DROP TABLE analx_deleted_ids7;

