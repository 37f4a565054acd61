-- revision: 53127ae5840d
-- revises: c4542cb991fb
-- message: start inventory: create invex_documents1
-- branch-labels: inventory

-- migrate:upgrade
/* outer /* nested */ comment */
-- invex_documents1: one row per document
CREATE TABLE invex_documents1 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE invex_documents1 IS 'It''s the documents table; see the wiki';
CREATE INDEX invex_documents1_created_at_idx ON invex_documents1 (created_at DESC);


-- migrate: downgrade
DROP TABLE invex_documents1;
