package org.speakup.practice.scenario;

import java.util.Locale;

/** Values as written in scenario files, in lower case: {@code saying_no}. */
public enum Skill {
    SAYING_NO,
    MAKING_REQUEST,
    SETTING_BOUNDARY,
    EXPRESSING_DISAGREEMENT,
    GIVING_CRITICISM,
    RECEIVING_CRITICISM,
    RESPONDING_TO_COMPLIMENT,
    STANDING_UP_TO_PRESSURE,
    NEGOTIATING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
