package org.speakup.practice.scenario;

import java.util.Locale;

/** Values as written in scenario files, in lower case: {@code held_position}. */
public enum Ending {
    HELD_POSITION,
    COMPROMISE,
    GAVE_IN,
    ESCALATED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
