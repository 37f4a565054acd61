-- revision: 91a2b3c4d5e6
-- revises: 7f8091a2b3c4, 8091a2b3c4d5
-- message: merge the reporting branch into the main line

-- migrate:upgrade

-- migrate:downgrade
