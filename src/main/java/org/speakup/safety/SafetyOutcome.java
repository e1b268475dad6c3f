package org.speakup.safety;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The result of a safety check: nothing, or a concern with the panel to show the writer. */
public record SafetyOutcome(
        @Nullable String category, @Nullable SafetyPanel panel) {

    private static final SafetyOutcome NONE = new SafetyOutcome(null, null);

    public static SafetyOutcome none() {
        return NONE;
    }

    public boolean concern() {
        return panel != null;
    }

    public Optional<SafetyPanel> panelToShow() {
        return Optional.ofNullable(panel);
    }
}
