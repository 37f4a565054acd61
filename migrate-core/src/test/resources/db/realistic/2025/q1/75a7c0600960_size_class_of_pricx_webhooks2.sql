-- revision: 75a7c0600960
-- revises: 5ea79c9fc4ee
-- message: size class of pricx_webhooks2

-- migrate:upgrade
-- SQL-standard body: checked when created, semicolons inside
CREATE OR REPLACE FUNCTION pricx_fn5_size_class() RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT CASE
        WHEN count(*) > 1000 THEN 'large; consider partitioning'
        WHEN count(*) > 10 THEN 'medium'
        ELSE 'small'
    END
    FROM pricx_webhooks2;
END;

-- migrate:downgrade
DROP FUNCTION pricx_fn5_size_class();
