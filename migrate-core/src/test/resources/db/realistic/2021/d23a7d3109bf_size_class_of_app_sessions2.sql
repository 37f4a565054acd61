-- revision: d23a7d3109bf
-- revises: 89e03a589e65
-- message: size class of app_sessions2
-- transactional: true

-- migrate: upgrade
-- SQL-standard body: checked when created, semicolons inside
CREATE OR REPLACE FUNCTION app_fn10_size_class() RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT CASE
        WHEN count(*) > 1000 THEN 'large; consider partitioning'
        WHEN count(*) > 10 THEN 'medium'
        ELSE 'small'
    END
    FROM app_sessions2;
END;

--migrate:downgrade
DROP FUNCTION app_fn10_size_class();

