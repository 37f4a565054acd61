-- revision: d8b7e8a0058e
-- transactional: true
-- message: add audix_qty8 with a guarded check, add audix_qty9 with a guarded check
-- revises: 7551aa18c6b8

-- migrate:upgrade
ALTER TABLE audix_reviews1 ADD COLUMN audix_qty8 integer NOT NULL DEFAULT 0;

-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'audix_qty8_nonnegative'
    ) THEN
        ALTER TABLE audix_reviews1 ADD CONSTRAINT audix_qty8_nonnegative CHECK (audix_qty8 >= 0) NOT VALID;
        RAISE NOTICE 'added audix_qty8_nonnegative; validate later';
    END IF;
END
$$;

ALTER TABLE audix_reviews1 VALIDATE CONSTRAINT audix_qty8_nonnegative;
ALTER TABLE audix_reviews1 ADD COLUMN audix_qty9 integer NOT NULL DEFAULT 0;
-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'audix_qty9_nonnegative'
    ) THEN
        ALTER TABLE audix_reviews1 ADD CONSTRAINT audix_qty9_nonnegative CHECK (audix_qty9 >= 0) NOT VALID;
        RAISE NOTICE 'added audix_qty9_nonnegative; validate later';
    END IF;
END
$$;
ALTER TABLE audix_reviews1 VALIDATE CONSTRAINT audix_qty9_nonnegative;

-- migrate:downgrade
ALTER TABLE audix_reviews1 DROP CONSTRAINT IF EXISTS audix_qty9_nonnegative;

ALTER TABLE audix_reviews1 DROP COLUMN audix_qty9;
ALTER TABLE audix_reviews1 DROP CONSTRAINT IF EXISTS audix_qty8_nonnegative;

ALTER TABLE audix_reviews1 DROP COLUMN audix_qty8;