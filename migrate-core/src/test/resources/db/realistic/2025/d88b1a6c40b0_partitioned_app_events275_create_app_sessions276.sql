-- revision: d88b1a6c40b0
-- revises: 75d8ceba9053
-- message: partitioned app_events275, create app_sessions276

-- migrate:upgrade
CREATE TABLE app_events275 (
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE (occurred_at);
CREATE TABLE app_events275_2022 PARTITION OF app_events275
    FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');

CREATE TABLE app_events275_2023 PARTITION OF app_events275
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

CREATE TABLE app_events275_default PARTITION OF app_events275 DEFAULT;

-- app_sessions276: one row per session
CREATE TABLE app_sessions276 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    priority smallint NOT NULL DEFAULT 0,
    notes text,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_sessions276 IS 'It''s the sessions table; see the wiki';

-- migrate:downgrade
DROP TABLE app_sessions276;
DROP TABLE app_events275;
