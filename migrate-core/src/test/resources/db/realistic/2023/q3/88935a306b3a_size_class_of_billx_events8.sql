-- revision: 88935a306b3a
-- revises: 3dbd09dcfdde
-- message: size class of billx_events8

-- migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
-- SQL-standard body: checked when created, semicolons inside
CREATE OR REPLACE FUNCTION app_fn107_size_class() RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT CASE
        WHEN count(*) > 1000 THEN 'large; consider partitioning'
        WHEN count(*) > 10 THEN 'medium'
        ELSE 'small'
    END
    FROM billx_events8;
END;

--migrate:downgrade
DROP FUNCTION app_fn107_size_class();
