package org.speakup.identity.internal;

import java.io.Serializable;
import java.util.UUID;
import org.speakup.platform.SignedInUser;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is signed in, as kept in the (database-backed) HTTP session. It holds no e-mail address or
 * password, and its name is the account id, so the session table holds no personal data.
 */
public record AccountPrincipal(UUID accountId, String displayName, String role)
        implements SignedInUser, AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return accountId.toString();
    }
}
