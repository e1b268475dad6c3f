-- A role-play session. The client's words (objective, replies, reflection) are encrypted.
CREATE TABLE practice_sessions (
    id                        UUID PRIMARY KEY,
    client_id                 UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    scenario_id               VARCHAR(60) NOT NULL,
    scenario_version          INTEGER NOT NULL,
    priority                  VARCHAR(20) NOT NULL,
    objective_ciphertext      VARCHAR(4000),
    anxiety_before            INTEGER NOT NULL,
    current_step              VARCHAR(60) NOT NULL,
    current_line              VARCHAR(1000) NOT NULL,
    pending_reply_ciphertext  VARCHAR(16000),
    pending_attempts          INTEGER NOT NULL,
    pending_style             VARCHAR(20),
    pending_confidence        DOUBLE PRECISION,
    paused_for_safety         BOOLEAN NOT NULL,
    ending                    VARCHAR(20),
    anxiety_after             INTEGER,
    eye_contact               INTEGER,
    posture                   INTEGER,
    steady_voice              INTEGER,
    calm_breathing            INTEGER,
    reflection_ciphertext     VARCHAR(8000),
    finished_at               TIMESTAMP WITH TIME ZONE,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT practice_sessions_anxiety CHECK (anxiety_before BETWEEN 0 AND 100)
);

CREATE INDEX practice_sessions_client_idx ON practice_sessions (client_id, created_at);

CREATE TABLE practice_turns (
    id                UUID PRIMARY KEY,
    session_id        UUID NOT NULL REFERENCES practice_sessions (id) ON DELETE CASCADE,
    turn_number       INTEGER NOT NULL,
    counterpart_line  VARCHAR(1000) NOT NULL,
    reply_ciphertext  VARCHAR(16000) NOT NULL,
    style             VARCHAR(20) NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    attempts          INTEGER NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT practice_turns_order UNIQUE (session_id, turn_number)
);

