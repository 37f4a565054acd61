-- revision: 47be2cd44554
-- message: create app_reviews41
-- revises: 19664464c249

-- migrate: upgrade
-- app_reviews41: one row per review
CREATE TABLE app_reviews41 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- surrogate key; never reused
    name text NOT NULL,
    expires_at timestamptz,
    external_ref varchar(64),
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_reviews41 IS 'It''s the reviews table; see the wiki';

--migrate:downgrade
DROP TABLE app_reviews41;
