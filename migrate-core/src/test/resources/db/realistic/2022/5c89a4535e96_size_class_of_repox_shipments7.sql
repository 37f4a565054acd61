-- revision: 5c89a4535e96
-- revises: 3e1bcd19415c
-- message: size class of repox_shipments7

--migrate:upgrade
-- SQL-standard body: checked when created, semicolons inside
CREATE OR REPLACE FUNCTION repox_fn9_size_class() RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT CASE
        WHEN count(*) > 1000 THEN 'large; consider partitioning'
        WHEN count(*) > 10 THEN 'medium'
        ELSE 'small'
    END
    FROM repox_shipments7;
END;

-- migrate:downgrade
DROP FUNCTION repox_fn9_size_class()