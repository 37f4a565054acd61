-- revision: cc4ced9388b5
-- message: row level security on repox_shipments7, create app_teams182
-- revises: d9e387075e2d

-- migrate: upgrade
ALTER TABLE repox_shipments7 ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_p181_own_rows ON repox_shipments7
    USING (name = current_user OR current_setting('app.admin', true) = 'on');
-- app_teams182: one row per team
CREATE TABLE app_teams182 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    priority smallint NOT NULL DEFAULT 0,
    expires_at timestamptz,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_teams182 IS 'It''s the teams table; see the wiki';

-- migrate: downgrade
DROP TABLE app_teams182;
DROP POLICY app_p181_own_rows ON repox_shipments7;
ALTER TABLE repox_shipments7 DISABLE ROW LEVEL SECURITY;

