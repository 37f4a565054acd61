-- revision: s0001
-- message: another application's state tables first on the search_path
-- transactional: false

-- migrate:upgrade
CREATE SCHEMA other;
CREATE TABLE other.migrate_version (LIKE public.migrate_version INCLUDING ALL);
CREATE TABLE other.migrate_history (LIKE public.migrate_history INCLUDING ALL);
SET search_path TO other, public;

-- migrate:downgrade
DROP SCHEMA other CASCADE;
