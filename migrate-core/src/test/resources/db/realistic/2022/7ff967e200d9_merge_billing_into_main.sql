-- revision: 7ff967e200d9
-- revises: c1f4a5eef791, cf91e1cc0736
-- message: merge billing into main

-- migrate:upgrade

-- migrate:downgrade
