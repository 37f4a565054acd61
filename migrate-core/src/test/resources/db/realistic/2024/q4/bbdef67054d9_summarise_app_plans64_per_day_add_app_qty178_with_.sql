-- revision: bbdef67054d9
-- revises: bd661b7e7fd6
-- message: summarise app_plans64 per day, add app_qty178 with a guarded check

-- migrate:upgrade
CREATE VIEW app_v177_summary AS
SELECT date_trunc('day', created_at) AS day, -- bucket; per day
       count(*) AS total,
       count(*) FILTER (WHERE name LIKE '%;%') AS with_semicolon
FROM app_plans64
GROUP BY 1;
ALTER TABLE analx_payments1 ADD COLUMN app_qty178 integer NOT NULL DEFAULT 0;
-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty178_nonnegative'
    ) THEN
        ALTER TABLE analx_payments1 ADD CONSTRAINT app_qty178_nonnegative CHECK (app_qty178 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty178_nonnegative; validate later';
    END IF;
END
$$;

ALTER TABLE analx_payments1 VALIDATE CONSTRAINT app_qty178_nonnegative;


-- migrate: downgrade
ALTER TABLE analx_payments1 DROP CONSTRAINT IF EXISTS app_qty178_nonnegative;
ALTER TABLE analx_payments1 DROP COLUMN app_qty178;
DROP VIEW app_v177_summary;

