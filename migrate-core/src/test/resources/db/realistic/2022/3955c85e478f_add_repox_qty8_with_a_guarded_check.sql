-- revision: 3955c85e478f
-- revises: d520be32fd09
-- message: add repox_qty8 with a guarded check
-- depends-on: f30a0389e388

-- migrate: upgrade
ALTER TABLE repox_messages2 ADD COLUMN repox_qty8 integer NOT NULL DEFAULT 0;
-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'repox_qty8_nonnegative'
    ) THEN
        ALTER TABLE repox_messages2 ADD CONSTRAINT repox_qty8_nonnegative CHECK (repox_qty8 >= 0) NOT VALID;
        RAISE NOTICE 'added repox_qty8_nonnegative; validate later';
    END IF;
END
$$;
ALTER TABLE repox_messages2 VALIDATE CONSTRAINT repox_qty8_nonnegative;


-- migrate: downgrade
-- NOTE: keep statements idempotent where the database allows it
ALTER TABLE repox_messages2 DROP CONSTRAINT IF EXISTS repox_qty8_nonnegative;
ALTER TABLE repox_messages2 DROP COLUMN repox_qty8
