-- revision: f9d2dc4f909c
-- revises: cc7faf2793fc
-- message: add app_col173 to app_sessions2
-- transactional: true

--migrate:upgrade
ALTER TABLE app_sessions2 ADD COLUMN app_col173 jsonb NOT NULL DEFAULT '[]'::jsonb;


-- migrate:downgrade
-- Ticket: PLAT-8988
ALTER TABLE app_sessions2 DROP COLUMN app_col173;

