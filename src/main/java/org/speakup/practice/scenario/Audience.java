package org.speakup.practice.scenario;

import java.util.Locale;

/** Values as written in scenario files, in lower case: {@code adult}. */
public enum Audience {
    ADULT,
    ADOLESCENT,
    WORKPLACE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
