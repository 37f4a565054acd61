-- revision: b0002
-- revises: b0001
-- message: an unterminated dollar quote

-- migrate:upgrade
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1;

-- migrate:downgrade
DROP FUNCTION f();
