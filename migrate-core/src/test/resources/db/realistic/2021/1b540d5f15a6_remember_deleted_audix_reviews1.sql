-- revision: 1b540d5f15a6
-- revises: bc17dc7db0b5
-- message: remember deleted audix_reviews1

-- migrate: upgrade
CREATE TABLE audix_deleted_ids2 (table_name text NOT NULL, id bigint NOT NULL, deleted_at timestamptz DEFAULT now());

CREATE RULE audix_log_delete3 AS ON DELETE TO audix_reviews1 DO ALSO (
    INSERT INTO audix_deleted_ids2 (table_name, id) VALUES ('audix_reviews1', OLD.id);
    NOTIFY audix_changes
);

-- migrate:downgrade
DROP RULE audix_log_delete3 ON audix_reviews1;
DROP TABLE audix_deleted_ids2;

