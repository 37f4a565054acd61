-- revision: 21e8dc9fc6a6
-- revises: 8f5c011aa4ae, 1d896532b23f
-- message: merge loyalty into main

-- migrate: upgrade
-- nothing to do

-- migrate:downgrade
