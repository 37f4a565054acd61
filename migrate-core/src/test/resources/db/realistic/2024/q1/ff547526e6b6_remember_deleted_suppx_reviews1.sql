-- revision: ff547526e6b6
-- revises: ca5a0ab0d957
-- message: remember deleted suppx_reviews1

-- migrate:upgrade
CREATE TABLE suppx_deleted_ids2 (table_name text NOT NULL, id bigint NOT NULL, deleted_at timestamptz DEFAULT now());

CREATE RULE suppx_log_delete3 AS ON DELETE TO suppx_reviews1 DO ALSO (
    INSERT INTO suppx_deleted_ids2 (table_name, id) VALUES ('suppx_reviews1', OLD.id);
    NOTIFY suppx_changes
);

-- migrate:downgrade
DROP RULE suppx_log_delete3 ON suppx_reviews1;

DROP TABLE suppx_deleted_ids2;