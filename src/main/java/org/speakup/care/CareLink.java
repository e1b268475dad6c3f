package org.speakup.care;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.speakup.identity.AccountId;

/** An active link: the client accepted this therapist and shares the listed kinds of data. */
public record CareLink(UUID id, AccountId therapist, AccountId client, Set<SharedKind> shared, Instant since) {

    public CareLink {
        shared = Set.copyOf(shared);
    }

    public boolean shares(SharedKind kind) {
        return shared.contains(kind);
    }

    public boolean sharesRiskText() {
        return shares(SharedKind.RISK_TEXT);
    }

    public boolean sharesTranscripts() {
        return shares(SharedKind.TRANSCRIPTS);
    }

    public boolean sharesSafetyPlan() {
        return shares(SharedKind.SAFETY_PLAN);
    }

    /** The day the link started, in UTC (yyyy-mm-dd). */
    public String sinceDate() {
        return since.atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }
}
