package org.speakup.identity;

/** What an account may do within its organisation. */
public enum Role {
    CLIENT,
    THERAPIST,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
