-- revision: a71f0ea4f93c
-- revises: cc4ced9388b5
-- message: add app_col183 to billx_coupons9

-- migrate: upgrade
-- Ticket: PLAT-9855
ALTER TABLE billx_coupons9 ADD COLUMN app_col183 jsonb NOT NULL DEFAULT '[]'::jsonb;
-- looked up by app_col183
CREATE INDEX app_col183_idx ON billx_coupons9 (app_col183);


-- migrate:downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP INDEX app_col183_idx;

ALTER TABLE billx_coupons9 DROP COLUMN app_col183;
