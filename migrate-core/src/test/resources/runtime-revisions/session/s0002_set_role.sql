-- revision: s0002
-- revises: s0001
-- message: a revision that switches role

-- migrate:upgrade
SET ROLE migrate_probe_role;
CREATE TABLE public.role_probe AS SELECT current_user::text AS who;

-- migrate:downgrade
DROP TABLE public.role_probe;
