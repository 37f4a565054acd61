-- revision: bb14171f1561
-- revises: b811572749bb
-- message: size class of app_invoices1
-- transactional: true

-- migrate:upgrade
-- SQL-standard body: checked when created, semicolons inside
CREATE OR REPLACE FUNCTION app_fn244_size_class() RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT CASE
        WHEN count(*) > 1000 THEN 'large; consider partitioning'
        WHEN count(*) > 10 THEN 'medium'
        ELSE 'small'
    END
    FROM app_invoices1;
END;

-- migrate:downgrade
/* outer /* nested */ comment */
DROP FUNCTION app_fn244_size_class();
