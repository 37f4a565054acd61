-- revision: c1d2e3f4a5b6
-- revises:
-- message: create tickets, with an id sequence whose increment the entity does not share

-- migrate:upgrade
CREATE SEQUENCE ticket_ids INCREMENT BY 50;
CREATE TABLE tickets (id bigint PRIMARY KEY, title varchar(255));

-- migrate:downgrade
DROP TABLE tickets;
DROP SEQUENCE ticket_ids;
