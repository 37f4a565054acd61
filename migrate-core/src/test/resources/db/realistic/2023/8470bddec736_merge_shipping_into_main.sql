-- revision: 8470bddec736
-- revises: cb438ca352e1, 9c19ef9f0ecc
-- message: merge shipping into main

-- migrate:upgrade
-- nothing to do

-- migrate: downgrade
-- nothing to do
