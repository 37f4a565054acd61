-- revision: 258098b79a1f
-- revises: 0f4f410f9a9b
-- message: add app_col96 to billx_tenants10

-- migrate:upgrade
ALTER TABLE billx_tenants10 ADD COLUMN app_col96 integer NOT NULL DEFAULT 0;

-- looked up by app_col96
CREATE INDEX app_col96_idx ON billx_tenants10 (app_col96);


-- migrate:downgrade
DROP INDEX app_col96_idx;
ALTER TABLE billx_tenants10 DROP COLUMN app_col96;

