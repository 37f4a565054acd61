-- revision: 5b9e46c851c5
-- revises: d19610b3fb77
-- message: add enum app_state218

-- migrate:upgrade
CREATE TYPE app_state218 AS ENUM ('new', 'active', 'it''s complicated', 'semi;colon');

-- migrate:downgrade
DROP TYPE app_state218;
