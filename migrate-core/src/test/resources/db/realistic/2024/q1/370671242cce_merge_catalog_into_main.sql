-- revision: 370671242cce
-- revises: 4872ad3871e4, 775c49201c3e
-- message: merge catalog into main

-- migrate: upgrade
-- nothing to do

-- migrate:downgrade
-- nothing to do