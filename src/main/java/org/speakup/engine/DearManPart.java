package org.speakup.engine;

import java.util.Locale;

/** The parts of DBT's DEAR MAN skill (Linehan) that can be seen in a written reply, in their order. */
public enum DearManPart {
    DESCRIBE,
    EXPRESS,
    ASSERT,
    REINFORCE,
    NEGOTIATE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DearManPart fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
