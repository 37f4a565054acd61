-- revision: a1cbf6312067
-- revises: a7368e82c020
-- message: create billx_payments2, create billx_projects3

-- migrate: upgrade
-- billx_payments2: one row per payment
CREATE TABLE billx_payments2 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    notes text,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed')),
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE billx_payments2 IS 'It''s the payments table; see the wiki';

-- billx_projects3: one row per project
CREATE TABLE billx_projects3 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE billx_projects3 IS 'It''s the projects table; see the wiki';
CREATE INDEX billx_projects3_created_at_idx ON billx_projects3 (created_at DESC);

-- migrate: downgrade
DROP TABLE billx_projects3;

DROP TABLE billx_payments2