-- revision: 93beefa14528
-- revises: ec9b3a4ce868
-- message: row level security on invex_documents1, create app_payments226

-- migrate: upgrade
-- NOTE: keep statements idempotent where the database allows it
ALTER TABLE invex_documents1 ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_p225_own_rows ON invex_documents1
    USING (name = current_user OR current_setting('app.admin', true) = 'on');
-- app_payments226: one row per payment
CREATE TABLE app_payments226 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    locale varchar(16) NOT NULL DEFAULT 'en_US',
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app_payments226 IS 'It''s the payments table; see the wiki';


-- migrate: downgrade
DROP TABLE app_payments226;
DROP POLICY app_p225_own_rows ON invex_documents1;
ALTER TABLE invex_documents1 DISABLE ROW LEVEL SECURITY;

