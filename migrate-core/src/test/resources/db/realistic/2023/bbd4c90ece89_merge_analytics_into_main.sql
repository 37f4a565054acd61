-- revision: bbd4c90ece89
-- revises: 259d566f07c5, 6054246995ad
-- message: merge analytics into main
-- transactional: true

--migrate:upgrade
-- nothing to do

-- migrate:downgrade
-- nothing to do
