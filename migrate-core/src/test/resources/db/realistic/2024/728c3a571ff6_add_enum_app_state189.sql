-- revision: 728c3a571ff6
-- revises: cf806f6f6a0a
-- message: add enum app_state189
-- transactional: true

--migrate:upgrade
CREATE TYPE app_state189 AS ENUM ('new', 'active', 'it''s complicated', 'semi;colon');


-- migrate:downgrade
DROP TYPE app_state189;

