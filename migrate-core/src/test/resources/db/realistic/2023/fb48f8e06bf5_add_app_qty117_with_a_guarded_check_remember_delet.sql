-- revision: fb48f8e06bf5
-- revises: c61f0c77f49a
-- message: add app_qty117 with a guarded check, remember deleted billx_accounts1

-- migrate:upgrade
ALTER TABLE billx_coupons9 ADD COLUMN app_qty117 integer NOT NULL DEFAULT 0;

-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty117_nonnegative'
    ) THEN
        ALTER TABLE billx_coupons9 ADD CONSTRAINT app_qty117_nonnegative CHECK (app_qty117 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty117_nonnegative; validate later';
    END IF;
END
$$;
ALTER TABLE billx_coupons9 VALIDATE CONSTRAINT app_qty117_nonnegative;
CREATE TABLE app_deleted_ids118 (table_name text NOT NULL, id bigint NOT NULL, deleted_at timestamptz DEFAULT now());
CREATE RULE app_log_delete119 AS ON DELETE TO billx_accounts1 DO ALSO (
    INSERT INTO app_deleted_ids118 (table_name, id) VALUES ('billx_accounts1', OLD.id);
    NOTIFY app_changes
);

-- migrate:downgrade
-- Ticket: PLAT-1229
DROP RULE app_log_delete119 ON billx_accounts1;
DROP TABLE app_deleted_ids118;

ALTER TABLE billx_coupons9 DROP CONSTRAINT IF EXISTS app_qty117_nonnegative;

ALTER TABLE billx_coupons9 DROP COLUMN app_qty117;
