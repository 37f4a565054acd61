-- revision: d520be32fd09
-- revises: 8f0d1a32de26
-- message: create repox_shipments7

--migrate:upgrade
-- repox_shipments7: one row per shipment
CREATE TABLE repox_shipments7 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    priority smallint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE repox_shipments7 IS 'It''s the shipments table; see the wiki';

-- migrate:downgrade
DROP TABLE repox_shipments7;
