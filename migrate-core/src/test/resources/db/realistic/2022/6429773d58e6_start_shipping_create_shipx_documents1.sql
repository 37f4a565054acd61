-- revision: 6429773d58e6
-- message: start shipping: create shipx_documents1
-- branch-labels: shipping

-- migrate:upgrade
-- shipx_documents1: one row per document
CREATE TABLE shipx_documents1 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    notes text,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE shipx_documents1 IS 'It''s the documents table; see the wiki';

CREATE INDEX shipx_documents1_created_at_idx ON shipx_documents1 (created_at DESC);


-- migrate:downgrade
DROP TABLE shipx_documents1;

