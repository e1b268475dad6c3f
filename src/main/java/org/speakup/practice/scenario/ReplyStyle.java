package org.speakup.practice.scenario;

import java.util.Locale;

/** Values as written in scenario files, in lower case: {@code passive}. */
public enum ReplyStyle {
    PASSIVE,
    ASSERTIVE,
    AGGRESSIVE,
    PASSIVE_AGGRESSIVE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
