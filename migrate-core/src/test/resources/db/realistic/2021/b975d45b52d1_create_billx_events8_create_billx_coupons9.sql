-- revision: b975d45b52d1
-- revises: 827153ff17a6
-- message: create billx_events8, create billx_coupons9

--migrate:upgrade
-- NOTE: keep statements idempotent where the database allows it
-- billx_events8: one row per event
CREATE TABLE billx_events8 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    notes text,
    expires_at timestamptz,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    priority smallint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE billx_events8 IS 'It''s the events table; see the wiki';
CREATE INDEX billx_events8_created_at_idx ON billx_events8 (created_at DESC);
-- billx_coupons9: one row per coupon
CREATE TABLE billx_coupons9 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed')),
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    priority smallint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE billx_coupons9 IS 'It''s the coupons table; see the wiki';


-- migrate:downgrade
DROP TABLE billx_coupons9;
DROP TABLE billx_events8;
