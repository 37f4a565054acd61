-- revision: 2f144797ad65
-- revises: f8f787553acb
-- message: size class of billx_tenants10

-- migrate: upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
-- SQL-standard body: checked when created, semicolons inside
CREATE OR REPLACE FUNCTION app_fn155_size_class() RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT CASE
        WHEN count(*) > 1000 THEN 'large; consider partitioning'
        WHEN count(*) > 10 THEN 'medium'
        ELSE 'small'
    END
    FROM billx_tenants10;
END;


-- migrate: downgrade
DROP FUNCTION app_fn155_size_class();
