-- revision: 5ea79c9fc4ee
-- revises: d601549c518c
-- message: rename pricx_webhooks2.pricx_col4_v2

--migrate:upgrade
ALTER TABLE pricx_webhooks2 RENAME COLUMN pricx_col4_v2 TO "pricx_col4_v2_v2";

--migrate:downgrade
ALTER TABLE pricx_webhooks2 RENAME COLUMN "pricx_col4_v2_v2" TO pricx_col4_v2;
