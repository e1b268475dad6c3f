package org.speakup.platform;

import java.util.UUID;

/**
 * What the platform needs to know about whoever is signed in. The identity module's principal
 * implements it, so the platform can name the actor in the audit log and greet the user without
 * depending on identity.
 */
public interface SignedInUser {

    UUID accountId();

    String displayName();

    /** CLIENT, THERAPIST or ADMIN. */
    String role();
}
