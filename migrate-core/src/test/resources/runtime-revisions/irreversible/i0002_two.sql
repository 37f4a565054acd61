-- revision: i0002
-- revises: i0001
-- message: irreversible data fix

-- migrate:upgrade
INSERT INTO irr_one VALUES (1);
