-- revision: a84074308e13
-- message: create app_shipments157, row level security on app_tenants38
-- revises: ce47e92ffc6d

-- migrate: upgrade
-- app_shipments157: one row per shipment
CREATE TABLE app_shipments157 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_shipments157 IS 'It''s the shipments table; see the wiki';
CREATE INDEX app_shipments157_created_at_idx ON app_shipments157 (created_at DESC);

ALTER TABLE app_tenants38 ENABLE ROW LEVEL SECURITY;

CREATE POLICY app_p158_own_rows ON app_tenants38
    USING (name = current_user OR current_setting('app.admin', true) = 'on');

--migrate:downgrade
DROP POLICY app_p158_own_rows ON app_tenants38;

ALTER TABLE app_tenants38 DISABLE ROW LEVEL SECURITY;

DROP TABLE app_shipments157;

