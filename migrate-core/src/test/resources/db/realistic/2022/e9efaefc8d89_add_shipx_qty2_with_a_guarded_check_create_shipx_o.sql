-- revision: e9efaefc8d89
-- revises: 6429773d58e6
-- message: add shipx_qty2 with a guarded check, create shipx_orders3
-- transactional: true

-- migrate:upgrade
ALTER TABLE shipx_documents1 ADD COLUMN shipx_qty2 integer NOT NULL DEFAULT 0;

-- guarded: the constraint may exist on some environments
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint WHERE conname = 'shipx_qty2_nonnegative'
    ) THEN
        ALTER TABLE shipx_documents1 ADD CONSTRAINT shipx_qty2_nonnegative CHECK (shipx_qty2 >= 0) NOT VALID;
        RAISE NOTICE 'added shipx_qty2_nonnegative; validate later';
    END IF;
END
$$;

ALTER TABLE shipx_documents1 VALIDATE CONSTRAINT shipx_qty2_nonnegative;
-- shipx_orders3: one row per order
CREATE TABLE shipx_orders3 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    notes text,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    external_ref varchar(64),
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE shipx_orders3 IS 'It''s the orders table; see the wiki';


-- migrate: downgrade
/* outer /* nested */ comment */
DROP TABLE shipx_orders3;
ALTER TABLE shipx_documents1 DROP CONSTRAINT IF EXISTS shipx_qty2_nonnegative;
ALTER TABLE shipx_documents1 DROP COLUMN shipx_qty2;

