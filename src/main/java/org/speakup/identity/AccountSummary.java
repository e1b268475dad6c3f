package org.speakup.identity;

import org.jspecify.annotations.Nullable;

/** What other modules may know about an account. */
public record AccountSummary(
        AccountId id,
        String displayName,
        String email,
        Role role,
        @Nullable Track track) {}
