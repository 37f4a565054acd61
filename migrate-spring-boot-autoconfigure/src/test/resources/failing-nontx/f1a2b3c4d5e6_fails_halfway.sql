-- revision: f1a2b3c4d5e6
-- message: fails halfway
-- transactional: false

-- migrate:upgrade
CREATE TABLE half_applied (id int);
SELECT 1 / (SELECT count(*)::int FROM half_applied);

-- migrate:downgrade
DROP TABLE half_applied;
