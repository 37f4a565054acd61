-- revision: d601549c518c
-- revises: 583313df0283
-- message: rename pricx_webhooks2.pricx_col4

-- migrate: upgrade
ALTER TABLE pricx_webhooks2 RENAME COLUMN pricx_col4 TO "pricx_col4_v2";


-- migrate:downgrade
ALTER TABLE pricx_webhooks2 RENAME COLUMN "pricx_col4_v2" TO pricx_col4;
