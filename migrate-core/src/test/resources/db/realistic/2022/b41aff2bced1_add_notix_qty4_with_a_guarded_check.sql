-- revision: b41aff2bced1
-- revises: 0896918a2d4f
-- message: add notix_qty4 with a guarded check

--migrate:upgrade
ALTER TABLE notix_tasks1 ADD COLUMN notix_qty4 integer NOT NULL DEFAULT 0;
-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'notix_qty4_nonnegative'
    ) THEN
        ALTER TABLE notix_tasks1 ADD CONSTRAINT notix_qty4_nonnegative CHECK (notix_qty4 >= 0) NOT VALID;
        RAISE NOTICE 'added notix_qty4_nonnegative; validate later';
    END IF;
END
$$;

ALTER TABLE notix_tasks1 VALIDATE CONSTRAINT notix_qty4_nonnegative;

--migrate:downgrade
ALTER TABLE notix_tasks1 DROP CONSTRAINT IF EXISTS notix_qty4_nonnegative;
ALTER TABLE notix_tasks1 DROP COLUMN notix_qty4;

