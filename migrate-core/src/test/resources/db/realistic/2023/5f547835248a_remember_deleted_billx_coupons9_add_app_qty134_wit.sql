-- revision: 5f547835248a
-- revises: 91f07d17ef5e
-- message: remember deleted billx_coupons9, add app_qty134 with a guarded check

-- migrate:upgrade
CREATE TABLE app_deleted_ids132 (table_name text NOT NULL, id bigint NOT NULL, deleted_at timestamptz DEFAULT now());

CREATE RULE app_log_delete133 AS ON DELETE TO billx_coupons9 DO ALSO (
    INSERT INTO app_deleted_ids132 (table_name, id) VALUES ('billx_coupons9', OLD.id);
    NOTIFY app_changes
);
ALTER TABLE app_invoices1 ADD COLUMN app_qty134 integer NOT NULL DEFAULT 0;
-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'app_qty134_nonnegative'
    ) THEN
        ALTER TABLE app_invoices1 ADD CONSTRAINT app_qty134_nonnegative CHECK (app_qty134 >= 0) NOT VALID;
        RAISE NOTICE 'added app_qty134_nonnegative; validate later';
    END IF;
END
$$;
ALTER TABLE app_invoices1 VALIDATE CONSTRAINT app_qty134_nonnegative;

-- migrate:downgrade
ALTER TABLE app_invoices1 DROP CONSTRAINT IF EXISTS app_qty134_nonnegative;
ALTER TABLE app_invoices1 DROP COLUMN app_qty134;
DROP RULE app_log_delete133 ON billx_coupons9;
DROP TABLE app_deleted_ids132

