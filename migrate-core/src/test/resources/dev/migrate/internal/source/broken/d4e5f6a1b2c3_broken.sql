-- revision: d4e5f6a1b2c3
-- revisess: c3d4e5f6a1b2

-- migrate:upgrade
SELECT 1;
