package org.speakup.engine;

import java.util.Locale;

/** The four communication styles of assertiveness training, as named in the JSON contract. */
public enum Style {
    PASSIVE,
    ASSERTIVE,
    AGGRESSIVE,
    PASSIVE_AGGRESSIVE;

    /** The contract's spelling: {@code passive}, {@code assertive}, {@code aggressive}, {@code passive_aggressive}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Style fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
