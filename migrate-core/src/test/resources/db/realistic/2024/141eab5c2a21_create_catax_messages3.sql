-- revision: 141eab5c2a21
-- revises: a3ed929c1bb8
-- message: create catax_messages3

-- migrate:upgrade
-- catax_messages3: one row per message
CREATE TABLE catax_messages3 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE catax_messages3 IS 'It''s the messages table; see the wiki';

CREATE INDEX catax_messages3_created_at_idx ON catax_messages3 (created_at DESC);

--migrate:downgrade
DROP TABLE catax_messages3

