-- revision: b811572749bb
-- revises: 7cbfeb59e1e5
-- message: add app_col243 to repox_messages2

-- migrate: upgrade
ALTER TABLE repox_messages2 ADD COLUMN app_col243 jsonb NOT NULL DEFAULT '[]'::jsonb;

-- migrate:downgrade
-- Ticket: PLAT-4561
ALTER TABLE repox_messages2 DROP COLUMN app_col243;
