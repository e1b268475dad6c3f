package org.speakup.engine.risk;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word-level spelling normalisation: stretched letters, leetspeak, contractions, texting forms,
 * common misspellings and a few slang abbreviations whose meaning is unambiguous ("kms"). The
 * phrase families then only need to know one spelling of each word.
 */
final class TokenRewrites {

    private static final Pattern STRETCHED = Pattern.compile("([a-z])\\1{2,}");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("\\d+[a-z]{1,3}");
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");

    /** Words that lose a real double letter when "killll" is shrunk to one letter. */
    private static final Map<String, String> DOUBLE_LETTERS = Map.ofEntries(
            Map.entry("kil", "kill"),
            Map.entry("kiling", "killing"),
            Map.entry("wil", "will"),
            Map.entry("stil", "still"),
            Map.entry("fel", "feel"),
            Map.entry("felin", "feeling"),
            Map.entry("feling", "feeling"),
            Map.entry("slep", "sleep"),
            Map.entry("ned", "need"),
            Map.entry("se", "see"),
            Map.entry("al", "all"),
            Map.entry("pils", "pills"),
            Map.entry("beter", "better"),
            Map.entry("sory", "sorry"),
            Map.entry("hel", "hell"));

    private static final Set<String> IS_AFTER = Set.of(
            "he",
            "she",
            "it",
            "that",
            "there",
            "what",
            "who",
            "where",
            "here",
            "how",
            "everyone",
            "nobody",
            "someone",
            "life",
            "everything",
            "nothing",
            "this");

    /** After "2" these words mean a number, not "to". */
    private static final Set<String> COUNTED = Set.of(
            "years", "year", "yrs", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes",
            "mins", "times", "people", "of", "or", "and", "kids", "friends", "pills", "tablets", "nights", "am", "pm",
            "o");

    private static final char[] LEET = {'o', 'i', 'z', 'e', 'a', 's', 'g', 't', 'b', 'g'};

    private TokenRewrites() {}

    /** Rewrites one lower-case word; {@code nextWord} is the following word in the same sentence. */
    static String rewrite(String word, String nextWord) {
        if (word.equals("2") && LETTERS.matcher(nextWord).matches() && !COUNTED.contains(nextWord)) {
            return "to";
        }
        String spelled = Spellings.lookup(word);
        if (spelled != null) {
            return spelled;
        }
        String unLeeted = unLeet(word);
        String shrunk = shrink(unLeeted);
        String expanded = shrunk.indexOf('\'') >= 0 ? expandContraction(shrunk) : shrunk;
        String looked = Spellings.lookup(expanded);
        return looked != null ? looked : expanded;
    }

    private static String unLeet(String word) {
        boolean letters = word.chars().anyMatch(Character::isLetter);
        boolean digits = word.chars().anyMatch(Character::isDigit);
        if (!letters || !digits || NUMBER_WITH_UNIT.matcher(word).matches()) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        word.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? LEET[c - '0'] : (char) c));
        return out.toString();
    }

    private static String shrink(String word) {
        String shrunk = STRETCHED.matcher(word).replaceAll("$1");
        if (shrunk.equals(word)) {
            return word;
        }
        return DOUBLE_LETTERS.getOrDefault(shrunk, shrunk);
    }

    private static String expandContraction(String word) {
        String special = Spellings.lookup(word);
        if (special != null) {
            return special;
        }
        if (word.endsWith("n't")) {
            return word.substring(0, word.length() - 3) + " not";
        }
        int apostrophe = word.lastIndexOf('\'');
        String stem = word.substring(0, apostrophe);
        String ending = word.substring(apostrophe + 1);
        return switch (ending) {
            case "m" -> stem + " am";
            case "re" -> stem + " are";
            case "ve" -> stem + " have";
            case "ll" -> stem + " will";
            case "d" -> stem + " would";
            case "s" -> IS_AFTER.contains(stem) ? stem + " is" : stem;
            default -> word.replace("'", "");
        };
    }
}
