CREATE TABLE care_invitations (
    id            UUID PRIMARY KEY,
    therapist_id  UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    code_hash     VARCHAR(64) NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at       TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT care_invitations_code_unique UNIQUE (code_hash)
);

CREATE TABLE care_links (
    id                 UUID PRIMARY KEY,
    therapist_id       UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    client_id          UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    share_risk_text    BOOLEAN NOT NULL,
    share_safety_plan  BOOLEAN NOT NULL,
    ended_at           TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX care_links_client_idx ON care_links (client_id);
CREATE INDEX care_links_therapist_idx ON care_links (therapist_id);
