CREATE TABLE organisations (
    id          UUID PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE accounts (
    id               UUID PRIMARY KEY,
    organisation_id  UUID NOT NULL REFERENCES organisations (id),
    email            VARCHAR(254) NOT NULL,
    display_name     VARCHAR(80) NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    role             VARCHAR(16) NOT NULL,
    birth_year       INTEGER,
    track            VARCHAR(16),
    enabled          BOOLEAN NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT accounts_email_unique UNIQUE (email),
    CONSTRAINT accounts_role_check CHECK (role IN ('CLIENT', 'THERAPIST', 'ADMIN')),
    CONSTRAINT accounts_track_check CHECK (track IS NULL OR track IN ('ADULT', 'ADOLESCENT'))
);

CREATE INDEX accounts_organisation_idx ON accounts (organisation_id);

CREATE TABLE password_reset_tokens (
    id          UUID PRIMARY KEY,
    account_id  UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash  VARCHAR(64) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT password_reset_tokens_hash_unique UNIQUE (token_hash)
);

CREATE TABLE sign_in_throttle (
    throttle_key       VARCHAR(300) PRIMARY KEY,
    failures           INTEGER NOT NULL,
    window_started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until       TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE client_profiles (
    account_id       UUID PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    country_code     VARCHAR(2),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
