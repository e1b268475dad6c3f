package org.speakup.practice.scenario;

import java.util.Locale;

/** Values as written in scenario files, in lower case: {@code friendly}. */
public enum Temperament {
    FRIENDLY,
    PUSHY,
    HOSTILE,
    GUILT_TRIPPING,
    DISMISSIVE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
