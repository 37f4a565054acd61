-- revision: 52bd9ff29d16
-- revises: 971362cb4300
-- message: add enum app_state14

--migrate:upgrade
CREATE TYPE app_state14 AS ENUM ('new', 'active', 'it''s complicated', 'semi;colon');


--migrate:downgrade
DROP TYPE app_state14;
