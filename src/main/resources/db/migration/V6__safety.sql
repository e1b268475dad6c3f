-- A risk signal from something a client wrote or answered. The words are a copy, encrypted.
CREATE TABLE risk_events (
    id                UUID PRIMARY KEY,
    client_id         UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    category          VARCHAR(32) NOT NULL,
    source_kind       VARCHAR(40) NOT NULL,
    source_record_id  VARCHAR(64),
    text_ciphertext   VARCHAR(16000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX risk_events_client_idx ON risk_events (client_id);

-- One alert per risk signal per linked therapist.
CREATE TABLE safety_alerts (
    id               UUID PRIMARY KEY,
    risk_event_id    UUID NOT NULL REFERENCES risk_events (id) ON DELETE CASCADE,
    therapist_id     UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    client_id        UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT safety_alerts_once UNIQUE (risk_event_id, therapist_id)
);

CREATE INDEX safety_alerts_therapist_idx ON safety_alerts (therapist_id);

-- A personal safety plan (Stanley & Brown's steps); every section is the client's words, encrypted.
CREATE TABLE safety_plans (
    account_id          UUID PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    warning_signs       VARCHAR(8000),
    coping_alone        VARCHAR(8000),
    distractions        VARCHAR(8000),
    people_to_ask       VARCHAR(8000),
    professionals       VARCHAR(8000),
    safer_surroundings  VARCHAR(8000),
    reasons_for_living  VARCHAR(8000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
