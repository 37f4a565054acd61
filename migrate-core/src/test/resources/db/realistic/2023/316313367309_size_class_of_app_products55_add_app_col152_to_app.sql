-- revision: 316313367309
-- revises: 5b4ae2094385
-- message: size class of app_products55, add app_col152 to app_tenants112

--migrate:upgrade
-- SQL-standard body: checked when created, semicolons inside
CREATE OR REPLACE FUNCTION app_fn151_size_class() RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT CASE
        WHEN count(*) > 1000 THEN 'large; consider partitioning'
        WHEN count(*) > 10 THEN 'medium'
        ELSE 'small'
    END
    FROM app_products55;
END;
ALTER TABLE app_tenants112 ADD COLUMN app_col152 timestamptz;

-- looked up by app_col152
CREATE INDEX app_col152_idx ON app_tenants112 (app_col152);


-- migrate:downgrade
DROP INDEX app_col152_idx;

ALTER TABLE app_tenants112 DROP COLUMN app_col152;

DROP FUNCTION app_fn151_size_class()
