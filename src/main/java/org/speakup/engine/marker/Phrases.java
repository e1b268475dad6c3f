package org.speakup.engine.marker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds case-insensitive patterns from plain phrases so the rule catalogue reads like a list of words. In a phrase,
 * an apostrophe is optional and may be straight or curly ("i'm" also matches "im" and "I’m"), a space matches any
 * run of spaces, and regular-expression syntax may be used where a phrase needs it.
 *
 * <p>Phrases are grouped by the word they start with, so scanning a reply only tries the few phrases that can start
 * at each word instead of every phrase at every position.
 */
final class Phrases {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Phrases keyed by their exact first word, and phrases that can only be keyed by a prefix. */
    record Index(Map<String, Pattern> byFirstWord, List<Prefixed> byPrefix) {}

    record Prefixed(String prefix, Pattern pattern) {}

    private Phrases() {}

    static Pattern of(String... phrases) {
        return compile(List.of(phrases));
    }

    static Index index(String... phrases) {
        Map<String, List<String>> exact = new LinkedHashMap<>();
        Map<String, List<String>> prefixed = new LinkedHashMap<>();
        for (String phrase : expandLeadingGroups(phrases)) {
            String lead = literalLead(phrase);
            if (phrase.startsWith("\\d+")) {
                exact.computeIfAbsent(Words.NUMBER, k -> new ArrayList<>()).add(phrase);
            } else if (endsWord(phrase, lead.length())) {
                exact.computeIfAbsent(key(lead), k -> new ArrayList<>()).add(phrase);
            } else {
                String prefix =
                        quantified(phrase, lead.length()) ? lead.substring(0, Math.max(0, lead.length() - 1)) : lead;
                prefixed.computeIfAbsent(key(prefix), k -> new ArrayList<>()).add(phrase);
            }
        }
        Map<String, Pattern> byWord = new LinkedHashMap<>();
        exact.forEach((word, list) -> byWord.put(word, compile(list)));
        List<Prefixed> byPrefix = new ArrayList<>();
        prefixed.forEach((prefix, list) -> byPrefix.add(new Prefixed(prefix, compile(list))));
        return new Index(Map.copyOf(byWord), List.copyOf(byPrefix));
    }

    private static Pattern compile(List<String> phrases) {
        String alternatives =
                String.join("|", phrases.stream().map(Phrases::toRegex).toList());
        return Pattern.compile("(?<![\\p{L}\\p{N}'’])(?:" + alternatives + ")(?![\\p{L}\\p{N}])", FLAGS);
    }

    private static String literalLead(String phrase) {
        int i = 0;
        while (i < phrase.length() && isLiteral(phrase.charAt(i))) {
            i++;
        }
        return phrase.substring(0, i);
    }

    /** "(?:this|that) is" becomes "this is" and "that is", so each can be keyed by its first word. */
    private static List<String> expandLeadingGroups(String... phrases) {
        List<String> expanded = new ArrayList<>();
        for (String phrase : phrases) {
            int close = phrase.indexOf(')');
            boolean simpleGroup = phrase.startsWith("(?:") && close > 0 && phrase.indexOf('(', 1) > close;
            if (simpleGroup || (phrase.startsWith("(?:") && close > 0 && phrase.indexOf('(', 1) < 0)) {
                for (String alternative : phrase.substring(3, close).split("\\|")) {
                    expanded.add(alternative + phrase.substring(close + 1));
                }
            } else {
                expanded.add(phrase);
            }
        }
        return expanded;
    }

    /** Whether the literal lead is a whole word: followed by a space, the end, or punctuation. */
    private static boolean endsWord(String phrase, int at) {
        if (at == 0) {
            return false;
        }
        if (at == phrase.length() || " ,;:!".indexOf(phrase.charAt(at)) >= 0) {
            return true;
        }
        return phrase.startsWith("\\.", at) || phrase.startsWith("\\?", at) || phrase.startsWith("\\!", at);
    }

    private static boolean isLiteral(char c) {
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c) || c == '\'' || c == '’';
    }

    private static boolean quantified(String phrase, int at) {
        return at < phrase.length() && "?*+{".indexOf(phrase.charAt(at)) >= 0;
    }

    private static String key(String literal) {
        return literal.replace("'", "").replace("’", "").toLowerCase(Locale.ROOT);
    }

    private static String toRegex(String phrase) {
        return phrase.replace("'", "['’]?").replace(" ", "\\s+");
    }
}
