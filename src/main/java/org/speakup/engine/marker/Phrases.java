package org.speakup.engine.marker;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds a case-insensitive pattern from plain phrases so the rule catalogue reads like a list of words. In a phrase,
 * an apostrophe is optional and may be straight or curly ("i'm" also matches "im" and "I’m"), a space matches any
 * run of spaces, and regular-expression syntax may be used where a phrase needs it.
 */
final class Phrases {

    private Phrases() {}

    static Pattern of(String... phrases) {
        String alternatives = Arrays.stream(phrases).map(Phrases::toRegex).collect(Collectors.joining("|"));
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}'’])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String toRegex(String phrase) {
        return phrase.replace("'", "['’]?").replace(" ", "\\s+");
    }
}
