-- revision: d365a735ad6c
-- revises: 81a188232761
-- message: add app_qty289 with a guarded check, create app_sessions290

-- migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
ALTER TABLE app_payments226 ADD COLUMN app_qty289 integer NOT NULL DEFAULT 0;
-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty289_nonnegative'
    ) THEN
        ALTER TABLE app_payments226 ADD CONSTRAINT app_qty289_nonnegative CHECK (app_qty289 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty289_nonnegative; validate later';
    END IF;
END
$$;

ALTER TABLE app_payments226 VALIDATE CONSTRAINT app_qty289_nonnegative;
-- app_sessions290: one row per session
CREATE TABLE app_sessions290 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed')),
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_sessions290 IS 'It''s the sessions table; see the wiki';


--migrate:downgrade
-- Ticket: PLAT-147
DROP TABLE app_sessions290;

ALTER TABLE app_payments226 DROP CONSTRAINT IF EXISTS app_qty289_nonnegative;
ALTER TABLE app_payments226 DROP COLUMN app_qty289;
