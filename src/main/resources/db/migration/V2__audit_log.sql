-- Append-only: the application only ever inserts into and reads from this table.
CREATE TABLE audit_log (
    id            UUID PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id      UUID,
    action        VARCHAR(64) NOT NULL,
    subject_type  VARCHAR(64) NOT NULL,
    subject_id    VARCHAR(64),
    detail        VARCHAR(500),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_id);
