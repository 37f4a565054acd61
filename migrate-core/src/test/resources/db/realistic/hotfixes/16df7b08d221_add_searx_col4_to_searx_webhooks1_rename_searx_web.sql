-- revision: 16df7b08d221
-- revises: 5d942dbd56bf
-- message: add searx_col4 to searx_webhooks1, rename searx_webhooks1.searx_col4

-- migrate:upgrade
ALTER TABLE searx_webhooks1 ADD COLUMN searx_col4 boolean DEFAULT false;

-- looked up by searx_col4
CREATE INDEX searx_col4_idx ON searx_webhooks1 (searx_col4);

ALTER TABLE searx_webhooks1 RENAME COLUMN searx_col4 TO "searx_col4_v2";


-- migrate:downgrade
ALTER TABLE searx_webhooks1 RENAME COLUMN "searx_col4_v2" TO searx_col4;

DROP INDEX searx_col4_idx;
ALTER TABLE searx_webhooks1 DROP COLUMN searx_col4;
