-- revision: r0001
-- message: a role without rights on the state tables, set before the block

-- migrate:upgrade
SET ROLE migrate_block_role;
CREATE TABLE public.before_probe AS SELECT current_user::text AS who;
-- migrate:autocommit
CREATE TABLE public.block_probe AS SELECT current_user::text AS who;
-- migrate:end-autocommit
CREATE TABLE public.after_probe AS SELECT current_user::text AS who;

-- migrate:downgrade
DROP TABLE public.after_probe;
DROP TABLE public.block_probe;
DROP TABLE public.before_probe;
