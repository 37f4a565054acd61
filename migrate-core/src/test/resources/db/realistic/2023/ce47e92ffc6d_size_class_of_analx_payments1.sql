-- revision: ce47e92ffc6d
-- revises: 2f144797ad65
-- message: size class of analx_payments1
-- transactional: true

--migrate:upgrade
-- SQL-standard body: checked when created, semicolons inside
CREATE OR REPLACE FUNCTION app_fn156_size_class() RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT CASE
        WHEN count(*) > 1000 THEN 'large; consider partitioning'
        WHEN count(*) > 10 THEN 'medium'
        ELSE 'small'
    END
    FROM analx_payments1;
END;


-- migrate:downgrade
DROP FUNCTION app_fn156_size_class();

