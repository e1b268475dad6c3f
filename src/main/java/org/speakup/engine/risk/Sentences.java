package org.speakup.engine.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds sentence and clause limits and the words before a phrase in normalised text. */
final class Sentences {

    /** A word and where it starts in the normalised text. */
    record Word(String text, int start) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    /** Words that start a new clause, so a negation or subject before them does not reach past. */
    private static final java.util.Set<String> CLAUSE_WORDS = java.util.Set.of(
            "but",
            "and",
            "because",
            "so",
            "though",
            "although",
            "yet",
            "or",
            "cause",
            "since",
            "when",
            "if",
            "while",
            "until",
            "unless",
            "whereas",
            "except");

    private Sentences() {}

    static int sentenceStart(String text, int position) {
        for (int i = position - 1; i >= 0; i--) {
            if (isSentenceEnd(text.charAt(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    static int sentenceEnd(String text, int position) {
        for (int i = position; i < text.length(); i++) {
            if (isSentenceEnd(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    static String sentenceAround(String text, int start, int end) {
        return text.substring(sentenceStart(text, start), sentenceEnd(text, Math.max(start, end - 1)));
    }

    /** The words of the sentence before {@code position}, nearest last. */
    static List<Word> wordsBefore(String text, int position) {
        int from = sentenceStart(text, position);
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, position);
        while (m.find()) {
            words.add(new Word(m.group(), m.start()));
        }
        return words;
    }

    /** The words of the clause before {@code position}: stops at commas and joining words too. */
    static List<Word> clauseBefore(String text, int position) {
        int from = sentenceStart(text, position);
        for (int i = position - 1; i >= from; i--) {
            if (text.charAt(i) == ',' || text.charAt(i) == ':') {
                from = i + 1;
                break;
            }
        }
        List<Word> words = wordsBefore(text, position);
        List<Word> clause = new ArrayList<>();
        for (Word word : words) {
            if (word.start() < from) {
                continue;
            }
            if (CLAUSE_WORDS.contains(word.text())) {
                clause.clear();
            } else {
                clause.add(word);
            }
        }
        return clause;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';';
    }
}
