-- revision: a0002
-- revises: a0001
-- message: ref column, indexed concurrently, backfilled

-- migrate:upgrade
ALTER TABLE items ADD COLUMN ref int;
INSERT INTO tx_log VALUES ('before', txid_current());
SELECT 1 / (CASE WHEN before_block THEN 0 ELSE 1 END) FROM fail_control;
-- migrate:autocommit
INSERT INTO tx_log VALUES ('block', txid_current());
CREATE INDEX CONCURRENTLY ix_items_ref ON items (ref);
SELECT pg_sleep((SELECT seconds FROM sleep_control));
-- migrate:end-autocommit
UPDATE items SET ref = id;
INSERT INTO tx_log VALUES ('after', txid_current());
SELECT 1 / (CASE WHEN after_block THEN 0 ELSE 1 END) FROM fail_control;

-- migrate:downgrade
DELETE FROM tx_log;
-- migrate:autocommit
DROP INDEX CONCURRENTLY IF EXISTS ix_items_ref;
-- migrate:end-autocommit
ALTER TABLE items DROP COLUMN ref;
