-- revision: s0003
-- revises: s0002
-- message: what the next revision runs as

-- migrate:upgrade
CREATE TABLE public.next_probe AS SELECT current_user::text AS who, current_setting('search_path') AS path;

-- migrate:downgrade
DROP TABLE public.next_probe;
