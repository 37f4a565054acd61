-- revision: ed82b241cd54
-- revises: 746fdc917d96, 16df7b08d221
-- message: merge search into main

--migrate:upgrade

-- migrate: downgrade
