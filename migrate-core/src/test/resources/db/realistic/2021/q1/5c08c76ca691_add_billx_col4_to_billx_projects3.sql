-- revision: 5c08c76ca691
-- message: add billx_col4 to billx_projects3
-- revises: a1cbf6312067

-- migrate:upgrade
ALTER TABLE billx_projects3 ADD COLUMN billx_col4 timestamptz;

-- looked up by billx_col4
CREATE INDEX billx_col4_idx ON billx_projects3 (billx_col4);


-- migrate:downgrade
DROP INDEX billx_col4_idx;

ALTER TABLE billx_projects3 DROP COLUMN billx_col4
