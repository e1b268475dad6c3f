package org.speakup.engine.risk;

import java.util.Objects;

/**
 * One phrase that made the text a crisis.
 *
 * @param category the kind of danger
 * @param phrase the phrase exactly as written in the original text
 * @param start offset of the phrase in the original text (inclusive, UTF-16 chars)
 * @param end offset of the phrase in the original text (exclusive)
 * @param family the name of the phrase family that matched, for explanations and audits
 */
public record RiskTrigger(RiskCategory category, String phrase, int start, int end, String family) {

    public RiskTrigger {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(family, "family");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
