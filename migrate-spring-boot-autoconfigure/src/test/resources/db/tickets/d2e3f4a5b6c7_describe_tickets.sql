-- revision: d2e3f4a5b6c7
-- revises: c1d2e3f4a5b6
-- message: describe tickets

-- migrate:upgrade
COMMENT ON TABLE tickets IS 'support tickets';

-- migrate:downgrade
COMMENT ON TABLE tickets IS NULL;
