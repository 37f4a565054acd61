-- revision: 87429ac60b64
-- revises: a6ee17a17bc3
-- message: remember deleted repox_reviews1, add enum app_state203

-- migrate:upgrade
CREATE TABLE app_deleted_ids201 (table_name text NOT NULL, id bigint NOT NULL, deleted_at timestamptz DEFAULT now());
CREATE RULE app_log_delete202 AS ON DELETE TO repox_reviews1 DO ALSO (
    INSERT INTO app_deleted_ids201 (table_name, id) VALUES ('repox_reviews1', OLD.id);
    NOTIFY app_changes
);

CREATE TYPE app_state203 AS ENUM ('new', 'active', 'it''s complicated', 'semi;colon');


-- migrate:downgrade
DROP TYPE app_state203;

DROP RULE app_log_delete202 ON repox_reviews1;
DROP TABLE app_deleted_ids201;
