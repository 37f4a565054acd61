-- revision: e0001
-- message: audit log
-- branch-labels: audit

-- migrate:upgrade
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    entity text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);

-- migrate:downgrade
DROP TABLE audit_log;
