package org.speakup.practice.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.speakup.engine.risk.RiskDetector;

/**
 * Whether a language model's line may be shown as the counterpart's. A client practising a hard
 * conversation must never meet risk language, a wall of text or a character that falls out of role,
 * so anything doubtful is refused and the scripted line is used instead.
 */
final class SpokenLine {

    static final int MAX_LENGTH = 300;

    /** Phrases that show the model speaking as itself rather than as the counterpart. */
    private static final List<String> OUT_OF_ROLE = List.of(
            "as an ai",
            "an ai language model",
            "as a language model",
            "i'm an ai",
            "i am an ai",
            "i'm just an ai",
            "as an assistant",
            "i'm sorry, but i can't",
            "i cannot fulfill",
            "i can't help with",
            "role-play",
            "roleplay",
            "this exercise",
            "stay in character",
            "<think>");

    private static final Pattern WRAPPING_QUOTES = Pattern.compile("^[\"“”]+|[\"“”]+$");

    private final RiskDetector riskDetector;

    SpokenLine(RiskDetector riskDetector) {
        this.riskDetector = riskDetector;
    }

    /**
     * Small chat models often wrap the line in quotes or prefix the speaker's name; those are
     * removed so that a good line is not refused for them.
     */
    static String tidy(@Nullable String raw, String speaker) {
        if (raw == null) {
            return "";
        }
        String line = raw.strip().replaceAll("\\s+", " ");
        String label = speaker + ":";
        if (line.regionMatches(true, 0, label, 0, label.length())) {
            line = line.substring(label.length()).strip();
        }
        return WRAPPING_QUOTES.matcher(line).replaceAll("").strip();
    }

    /** Why the line cannot be used, or empty when it can; the reason never quotes the line. */
    Optional<String> refusal(String line) {
        if (line.isBlank()) {
            return Optional.of("empty line");
        }
        if (line.length() > MAX_LENGTH) {
            return Optional.of("line longer than " + MAX_LENGTH + " characters");
        }
        String lower = line.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (OUT_OF_ROLE.stream().anyMatch(lower::contains)) {
            return Optional.of("line out of role");
        }
        if (riskDetector.assess(line).isCrisis()) {
            return Optional.of("line with risk language");
        }
        return Optional.empty();
    }
}
