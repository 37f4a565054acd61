-- revision: ec9b3a4ce868
-- revises: 91232bf874bc
-- message: create app_shipments224
-- transactional: true

--migrate:upgrade
-- app_shipments224: one row per shipment
CREATE TABLE app_shipments224 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    external_ref varchar(64),
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_shipments224 IS 'It''s the shipments table; see the wiki';
CREATE INDEX app_shipments224_created_at_idx ON app_shipments224 (created_at DESC);

-- migrate:downgrade
DROP TABLE app_shipments224;
