-- revision: ca4c4348bebe
-- revises: a60453a2f1ac
-- message: add enum shipx_state10
-- depends-on: 8f5c011aa4ae

--migrate:upgrade
CREATE TYPE shipx_state10 AS ENUM ('new', 'active', 'it''s complicated', 'semi;colon');

-- migrate: downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
DROP TYPE shipx_state10;

