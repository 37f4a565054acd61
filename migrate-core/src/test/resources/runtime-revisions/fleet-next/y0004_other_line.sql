-- revision: y0004
-- revises: f0002
-- message: another line's revision on f0002 (a target at it has diverged from this release, which needs f0003)

-- migrate:upgrade
ALTER TABLE items ADD COLUMN origin text;

-- migrate:downgrade
ALTER TABLE items DROP COLUMN origin;
