-- revision: ede44480d5eb
-- revises: 479f64b13c71
-- message: create repox_messages2, add repox_col3 to repox_messages2

-- migrate:upgrade
-- repox_messages2: one row per message
CREATE TABLE repox_messages2 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'active', 'closed')),
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    external_ref varchar(64),
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE repox_messages2 IS 'It''s the messages table; see the wiki';

ALTER TABLE repox_messages2 ADD COLUMN repox_col3 integer NOT NULL DEFAULT 0;
-- looked up by repox_col3
CREATE INDEX repox_col3_idx ON repox_messages2 (repox_col3);


--migrate:downgrade
-- NOTE: keep statements idempotent where the database allows it
DROP INDEX repox_col3_idx;
ALTER TABLE repox_messages2 DROP COLUMN repox_col3;

DROP TABLE repox_messages2;
