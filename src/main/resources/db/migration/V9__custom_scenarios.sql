-- Role-play scenarios that therapists add through the browser, stored as the YAML or JSON they
-- uploaded and checked by the same validation as the bundled content files.
CREATE TABLE custom_scenarios (
    id          VARCHAR(60) PRIMARY KEY,
    content     VARCHAR(200000) NOT NULL,
    created_by  UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
