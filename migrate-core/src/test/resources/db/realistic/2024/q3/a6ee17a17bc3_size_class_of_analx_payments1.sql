-- revision: a6ee17a17bc3
-- revises: f301ef24b125
-- message: size class of analx_payments1

-- migrate:upgrade
-- NOTE: keep statements idempotent where the database allows it
-- SQL-standard body: checked when created, semicolons inside
CREATE OR REPLACE FUNCTION app_fn200_size_class() RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT CASE
        WHEN count(*) > 1000 THEN 'large; consider partitioning'
        WHEN count(*) > 10 THEN 'medium'
        ELSE 'small'
    END
    FROM analx_payments1;
END;


--migrate:downgrade
DROP FUNCTION app_fn200_size_class();

