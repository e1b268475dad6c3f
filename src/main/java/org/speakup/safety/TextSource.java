package org.speakup.safety;

import java.util.regex.Pattern;

/**
 * Where a checked text was written: a kind such as {@code goal}, {@code diary}, {@code role_play}
 * or {@code safety_plan} (which names it in alerts, never the text itself), and the id of the record.
 */
public record TextSource(String kind, String recordId) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]{1,39}");

    public TextSource {
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("Text source kind must be lower_snake_case: " + kind);
        }
    }
}
