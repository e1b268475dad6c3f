package org.speakup.practice;

import java.util.Locale;

/** What matters most in this conversation: DBT's three priorities for interpersonal effectiveness (Linehan). */
public enum Priority {
    OBJECTIVE,
    RELATIONSHIP,
    SELF_RESPECT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
