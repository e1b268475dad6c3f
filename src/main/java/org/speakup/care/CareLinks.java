package org.speakup.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.speakup.care.internal.InvitationCodes;
import org.speakup.identity.AccountId;
import org.speakup.platform.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links between a client and their therapists. A therapist sees a client's data only while a link
 * is active, and only the kinds the client chose to share; either side can end it.
 */
@Service
public class CareLinks {

    public sealed interface Acceptance {}

    public record Linked(CareLink link) implements Acceptance {}

    public record InvalidCode() implements Acceptance {}

    public record AlreadyLinked() implements Acceptance {}

    private static final String COLUMNS =
            "id, therapist_id, client_id, share_risk_text, share_safety_plan, share_transcripts, created_at";

    private final JdbcClient jdbc;
    private final InvitationCodes codes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareLinks(JdbcClient jdbc, InvitationCodes codes, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public String createInvitation(AccountId therapist) {
        String code = codes.create(therapist);
        audit.record("care.invitation.created", "account", therapist);
        return code;
    }

    public Optional<AccountId> therapistInvitedBy(String code) {
        return codes.therapistFor(code);
    }

    @Transactional
    public Acceptance accept(AccountId client, String code, Set<SharedKind> shared) {
        Optional<AccountId> therapist = codes.therapistFor(code);
        if (therapist.isEmpty()) {
            return new InvalidCode();
        }
        if (active(therapist.get(), client).isPresent()) {
            return new AlreadyLinked();
        }
        if (!codes.markUsed(code)) {
            return new InvalidCode();
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO care_links (id, therapist_id, client_id, share_risk_text, share_safety_plan,
                                                share_transcripts, ended_at, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)""")
                .params(
                        id,
                        therapist.get().value(),
                        client.value(),
                        shared.contains(SharedKind.RISK_TEXT),
                        shared.contains(SharedKind.SAFETY_PLAN),
                        shared.contains(SharedKind.TRANSCRIPTS),
                        now,
                        now)
                .update();
        audit.record(client.value(), "care.link.created", "care_link", id, "shares " + shared);
        events.publishEvent(new ClientLinkedToTherapist(client, therapist.get()));
        return new Linked(new CareLink(id, therapist.get(), client, shared, now.toInstant()));
    }

    /** Only the client decides what is shared. */
    public void changeSharing(AccountId client, UUID linkId, Set<SharedKind> shared) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int changed = jdbc.sql("""
                        UPDATE care_links SET share_risk_text = ?, share_safety_plan = ?, share_transcripts = ?, updated_at = ?
                        WHERE id = ? AND client_id = ? AND ended_at IS NULL""")
                .params(
                        shared.contains(SharedKind.RISK_TEXT),
                        shared.contains(SharedKind.SAFETY_PLAN),
                        shared.contains(SharedKind.TRANSCRIPTS),
                        now,
                        linkId,
                        client.value())
                .update();
        if (changed == 1) {
            audit.record(client.value(), "care.link.sharing_changed", "care_link", linkId, "shares " + shared);
        }
    }

    /** Ends a link; either the client or the therapist in it may do so. */
    public void end(AccountId party, UUID linkId) {
        Optional<CareLink> link = byId(linkId)
                .filter(l -> l.client().equals(party) || l.therapist().equals(party));
        if (link.isEmpty()) {
            return;
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("UPDATE care_links SET ended_at = ?, updated_at = ? WHERE id = ? AND ended_at IS NULL")
                .params(now, now, linkId)
                .update();
        audit.record(party.value(), "care.link.ended", "care_link", linkId, null);
        events.publishEvent(new CareLinkEnded(link.get().client(), link.get().therapist()));
    }

    public List<CareLink> activeForClient(AccountId client) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM care_links WHERE client_id = ? AND ended_at IS NULL ORDER BY created_at")
                .param(client.value())
                .query(CareLinks::map)
                .list();
    }

    public List<CareLink> activeForTherapist(AccountId therapist) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM care_links WHERE therapist_id = ? AND ended_at IS NULL ORDER BY created_at")
                .param(therapist.value())
                .query(CareLinks::map)
                .list();
    }

    public Optional<CareLink> active(AccountId therapist, AccountId client) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM care_links WHERE therapist_id = ? AND client_id = ? AND ended_at IS NULL")
                .params(therapist.value(), client.value())
                .query(CareLinks::map)
                .optional();
    }

    private Optional<CareLink> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM care_links WHERE id = ? AND ended_at IS NULL")
                .param(id)
                .query(CareLinks::map)
                .optional();
    }

    private static CareLink map(ResultSet rs, int row) throws SQLException {
        Set<SharedKind> shared = EnumSet.noneOf(SharedKind.class);
        if (rs.getBoolean("share_risk_text")) {
            shared.add(SharedKind.RISK_TEXT);
        }
        if (rs.getBoolean("share_safety_plan")) {
            shared.add(SharedKind.SAFETY_PLAN);
        }
        if (rs.getBoolean("share_transcripts")) {
            shared.add(SharedKind.TRANSCRIPTS);
        }
        return new CareLink(
                rs.getObject("id", UUID.class),
                new AccountId(rs.getObject("therapist_id", UUID.class)),
                new AccountId(rs.getObject("client_id", UUID.class)),
                shared,
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
