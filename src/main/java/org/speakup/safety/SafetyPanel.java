package org.speakup.safety;

import java.io.Serializable;
import java.util.List;

/**
 * What the writer sees after saving a text that may signal risk: calm words, crisis contacts for
 * where they live, a way to their safety plan, and (honestly) which linked therapists were told.
 * Put it in the model (or flash attributes) as {@code safetyPanel}; the layout shows it.
 */
public record SafetyPanel(CrisisContacts contacts, List<String> therapistsInformed, boolean adolescent)
        implements Serializable {

    public SafetyPanel {
        therapistsInformed = List.copyOf(therapistsInformed);
    }

    public static final String MODEL_ATTRIBUTE = "safetyPanel";
}
