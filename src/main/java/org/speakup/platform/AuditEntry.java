package org.speakup.platform;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the audit log: who did what to which record, and when. */
public record AuditEntry(
        UUID id,
        Instant occurredAt,
        @Nullable UUID actorId,
        String action,
        String subjectType,
        @Nullable String subjectId,
        @Nullable String detail) {

    private static final java.time.format.DateTimeFormatter UTC =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

    public String occurredAtUtc() {
        return UTC.format(occurredAt);
    }
}
