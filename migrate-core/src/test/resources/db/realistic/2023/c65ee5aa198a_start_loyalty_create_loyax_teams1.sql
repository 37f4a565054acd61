-- revision: c65ee5aa198a
-- revises: 7a473e566b5f
-- message: start loyalty: create loyax_teams1
-- branch-labels: loyalty

--migrate:upgrade
/* outer /* nested */ comment */
-- loyax_teams1: one row per team
CREATE TABLE loyax_teams1 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    external_ref varchar(64),
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    is_active boolean NOT NULL DEFAULT true,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE loyax_teams1 IS 'It''s the teams table; see the wiki';
CREATE INDEX loyax_teams1_created_at_idx ON loyax_teams1 (created_at DESC);


--migrate:downgrade
DROP TABLE loyax_teams1;

