-- revision: 7a8b9c0d1e2f
-- revises: 6f7a8b9c0d1e
-- message: backfill user status

-- migrate:upgrade
-- Strings and function bodies mention DDL; none of it is a statement of this revision.
DO $body$
BEGIN
    EXECUTE 'ALTER TABLE users DROP COLUMN status; DROP TABLE users';
END
$body$;

UPDATE users SET status = 'active' WHERE status IS NULL AND note <> 'VACUUM FULL';

-- migrate:downgrade
