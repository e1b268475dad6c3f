package org.speakup.practice.scenario;

import java.util.Locale;

/** Values as written in scenario files, in lower case: {@code work}. */
public enum Context {
    WORK,
    FAMILY,
    PARTNER,
    FRIENDS,
    SCHOOL,
    SERVICES,
    ONLINE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
