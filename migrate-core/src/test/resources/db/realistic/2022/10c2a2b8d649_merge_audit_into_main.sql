-- revision: 10c2a2b8d649
-- revises: c3ce42987871, 4622226b682b
-- message: merge audit into main

-- migrate: upgrade

-- migrate:downgrade
