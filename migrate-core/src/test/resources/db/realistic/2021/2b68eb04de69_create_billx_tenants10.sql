-- revision: 2b68eb04de69
-- revises: b975d45b52d1
-- message: create billx_tenants10

--migrate:upgrade
-- NOTE: keep statements idempotent where the database allows it
-- billx_tenants10: one row per tenant
CREATE TABLE billx_tenants10 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE billx_tenants10 IS 'It''s the tenants table; see the wiki';

CREATE INDEX billx_tenants10_created_at_idx ON billx_tenants10 (created_at DESC);


-- migrate: downgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
DROP TABLE billx_tenants10;

