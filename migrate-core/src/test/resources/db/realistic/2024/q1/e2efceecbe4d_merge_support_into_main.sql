-- revision: e2efceecbe4d
-- revises: bbdef67054d9, 78ce84d0bf17
-- message: merge support into main

-- migrate:upgrade

--migrate:downgrade
