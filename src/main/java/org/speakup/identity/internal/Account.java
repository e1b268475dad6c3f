package org.speakup.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.speakup.identity.AccountId;
import org.speakup.identity.Role;
import org.speakup.identity.Track;

public record Account(
        UUID id,
        UUID organisationId,
        String email,
        String displayName,
        String passwordHash,
        Role role,
        @Nullable Integer birthYear,
        @Nullable Track track,
        boolean enabled,
        Instant createdAt) {

    public AccountId accountId() {
        return new AccountId(id);
    }

    public String createdOn() {
        return createdAt.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    public AccountPrincipal principal() {
        return new AccountPrincipal(id, displayName, role.name());
    }
}
