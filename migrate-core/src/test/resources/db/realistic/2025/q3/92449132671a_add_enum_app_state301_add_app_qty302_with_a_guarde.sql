-- revision: 92449132671a
-- revises: 10e5adb0a061
-- message: add enum app_state301, add app_qty302 with a guarded check

-- migrate:upgrade
CREATE TYPE app_state301 AS ENUM ('new', 'active', 'it''s complicated', 'semi;colon');

ALTER TABLE app_accounts205 ADD COLUMN app_qty302 integer NOT NULL DEFAULT 0;
-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty302_nonnegative'
    ) THEN
        ALTER TABLE app_accounts205 ADD CONSTRAINT app_qty302_nonnegative CHECK (app_qty302 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty302_nonnegative; validate later';
    END IF;
END
$$;
ALTER TABLE app_accounts205 VALIDATE CONSTRAINT app_qty302_nonnegative;

-- migrate:downgrade
/* outer /* nested */ comment */
ALTER TABLE app_accounts205 DROP CONSTRAINT IF EXISTS app_qty302_nonnegative;
ALTER TABLE app_accounts205 DROP COLUMN app_qty302;
DROP TYPE app_state301;
