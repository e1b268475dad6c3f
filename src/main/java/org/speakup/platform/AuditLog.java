package org.speakup.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The append-only record of who read or changed whose clinical data. Modules call {@link #record}
 * whenever they show or change a client's records; entries are only ever inserted, never updated
 * or deleted. Actions are dotted lower-case names such as {@code profile.goal.read}.
 */
@Component
public class AuditLog {

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
    private static final int DETAIL_LIMIT = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action by whoever is signed in on this thread (or by the system if nobody is). */
    public void record(String action, String subjectType, @Nullable Object subjectId) {
        record(currentActor(), action, subjectType, subjectId, null);
    }

    public void record(
            @Nullable UUID actorId,
            String action,
            String subjectType,
            @Nullable Object subjectId,
            @Nullable String detail) {
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("Audit action must be dotted lower case: " + action);
        }
        var now = Instant.now(clock).atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO audit_log (id, occurred_at, actor_id, action, subject_type, subject_id, detail,
                                               created_at, updated_at)
                        VALUES (:id, :at, :actor, :action, :type, :subject, :detail, :at, :at)""")
                .param("id", UUID.randomUUID())
                .param("at", now)
                .param("actor", actorId)
                .param("action", action)
                .param("type", subjectType)
                .param("subject", subjectId == null ? null : subjectId.toString())
                .param("detail", detail == null ? null : truncate(detail))
                .update();
    }

    /** Newest first; {@code subjectId} or {@code actorId} narrow the list when given. */
    public List<AuditEntry> recent(@Nullable UUID actorId, @Nullable String subjectId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT id, occurred_at, actor_id, action, subject_type, subject_id, detail FROM audit_log
                        WHERE (CAST(:actor AS UUID) IS NULL OR actor_id = :actor)
                          AND (CAST(:subject AS VARCHAR(64)) IS NULL OR subject_id = :subject)
                        ORDER BY occurred_at DESC, id
                        OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY""")
                .param("actor", actorId)
                .param("subject", subjectId)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> new AuditEntry(
                        rs.getObject("id", UUID.class),
                        rs.getObject("occurred_at", java.time.OffsetDateTime.class)
                                .toInstant(),
                        rs.getObject("actor_id", UUID.class),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        rs.getString("subject_id"),
                        rs.getString("detail")))
                .list();
    }

    private static @Nullable UUID currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser user ? user.accountId() : null;
    }

    private static String truncate(String detail) {
        return detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT);
    }
}
