-- revision: 1865622b350e
-- revises: 6bc472be52f3
-- message: size class of app_tenants87

--migrate:upgrade
/* outer /* nested */ comment */
-- SQL-standard body: checked when created, semicolons inside
CREATE OR REPLACE FUNCTION app_fn295_size_class() RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT CASE
        WHEN count(*) > 1000 THEN 'large; consider partitioning'
        WHEN count(*) > 10 THEN 'medium'
        ELSE 'small'
    END
    FROM app_tenants87;
END;

--migrate:downgrade
/* outer /* nested */ comment */
DROP FUNCTION app_fn295_size_class();

