-- revision: 9225b39f06f2
-- revises: 0818e34d0723
-- message: create app_refunds47, rename app_settings35.app_col37

-- migrate:upgrade
-- app_refunds47: one row per refund
CREATE TABLE app_refunds47 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    expires_at timestamptz,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed')),
    notes text,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_refunds47 IS 'It''s the refunds table; see the wiki';
ALTER TABLE app_settings35 RENAME COLUMN app_col37 TO "app_col37_v2";

-- migrate:downgrade
-- NOTE: keep statements idempotent where the database allows it
ALTER TABLE app_settings35 RENAME COLUMN "app_col37_v2" TO app_col37;

DROP TABLE app_refunds47;
