-- revision: 06973a171487
-- revises: 2628c3f7114f
-- message: add app_col279 to invex_documents1

-- migrate:upgrade
ALTER TABLE invex_documents1 ADD COLUMN app_col279 integer NOT NULL DEFAULT 0;
-- looked up by app_col279
CREATE INDEX app_col279_idx ON invex_documents1 (app_col279);

-- migrate: downgrade
-- Ticket: PLAT-6406
DROP INDEX app_col279_idx;

ALTER TABLE invex_documents1 DROP COLUMN app_col279
