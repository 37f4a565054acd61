-- revision: 9a9e93e5bfea
-- revises: 7304ed0c679f
-- message: add app_col193 to app_tenants70, create app_shipments194

-- migrate:upgrade
ALTER TABLE app_tenants70 ADD COLUMN app_col193 jsonb NOT NULL DEFAULT '[]'::jsonb;
-- app_shipments194: one row per shipment
CREATE TABLE app_shipments194 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    notes text,
    tags text[] NOT NULL DEFAULT '{}',
    priority smallint NOT NULL DEFAULT 0,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_shipments194 IS 'It''s the shipments table; see the wiki';

CREATE INDEX app_shipments194_created_at_idx ON app_shipments194 (created_at DESC);


-- migrate:downgrade
DROP TABLE app_shipments194;
ALTER TABLE app_tenants70 DROP COLUMN app_col193;

