-- revision: 684804a898a3
-- revises: 9acd033bf8ce
-- message: create app_settings255, add app_col256 to app_carts159

-- migrate: upgrade
-- app_settings255: one row per setting
CREATE TABLE app_settings255 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    priority smallint NOT NULL DEFAULT 0,
    expires_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_settings255 IS 'It''s the settings table; see the wiki';
ALTER TABLE app_carts159 ADD COLUMN app_col256 integer NOT NULL DEFAULT 0;

-- looked up by app_col256
CREATE INDEX app_col256_idx ON app_carts159 (app_col256);


--migrate:downgrade
DROP INDEX app_col256_idx;
ALTER TABLE app_carts159 DROP COLUMN app_col256;

DROP TABLE app_settings255;

