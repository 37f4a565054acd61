-- revision: fk002
-- revises: fk001
-- message: slow, killed halfway

-- migrate:upgrade
CREATE TABLE half_done (id int);
SELECT pg_sleep((SELECT seconds FROM public.sleep_control));
INSERT INTO half_done VALUES (1);

-- migrate:downgrade
DROP TABLE half_done;
