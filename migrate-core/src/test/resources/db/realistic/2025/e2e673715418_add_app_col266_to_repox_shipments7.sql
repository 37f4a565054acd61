-- revision: e2e673715418
-- revises: c699638a9aa0
-- message: add app_col266 to repox_shipments7
-- transactional: true

-- migrate:upgrade
-- NOTE: keep statements idempotent where the database allows it
ALTER TABLE repox_shipments7 ADD COLUMN app_col266 jsonb NOT NULL DEFAULT '[]'::jsonb;


-- migrate: downgrade
ALTER TABLE repox_shipments7 DROP COLUMN app_col266;

