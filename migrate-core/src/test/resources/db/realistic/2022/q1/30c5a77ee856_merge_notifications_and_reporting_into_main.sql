-- revision: 30c5a77ee856
-- message: merge notifications and reporting into main
-- revises: 5ae1fe06f34a, b41aff2bced1, 5c89a4535e96

-- migrate:upgrade
-- nothing to do

--migrate:downgrade
