package org.speakup.engine.risk;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of many word-bounded patterns in a text, trying each pattern only at the words
 * it can start with.
 *
 * <p>Scanning the whole text with each of some eighty patterns cost about a millisecond per
 * hundred words. Instead, for each distinct word we ask each pattern once whether a match could
 * start with that word ({@link Matcher#hitEnd()} says whether more input might still match), cache
 * the answer, and run the full pattern only where the answer is yes. The answer comes from the
 * pattern itself, so the index finds every match a full scan would find at word starts.
 */
final class PatternIndex {

    /** Receives one match: which pattern, and where. */
    interface Matches {
        void found(int pattern, int start, int end);
    }

    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");

    /** Bounds memory under adversarial input; beyond it answers are computed, not cached. */
    private static final int MAX_CACHED_WORDS = 200_000;

    private final List<Pattern> patterns;
    private final BitSet scanWholeText = new BitSet();
    private final Map<String, BitSet> startsByWord = new ConcurrentHashMap<>();

    PatternIndex(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        for (int i = 0; i < this.patterns.size(); i++) {
            if (couldStartWith(this.patterns.get(i), " ")) {
                scanWholeText.set(i);
            }
        }
    }

    /** Reports every match that starts at a word in {@code [from, to)} and ends by {@code to}. */
    void find(String text, int from, int to, Matches matches) {
        Matcher words = WORD.matcher(text).region(from, to);
        while (words.find()) {
            if (words.start() > 0 && isWordChar(text.charAt(words.start() - 1))) {
                continue;
            }
            BitSet starting = patternsStartingWith(words.group());
            for (int i = starting.nextSetBit(0); i >= 0; i = starting.nextSetBit(i + 1)) {
                Matcher m = patterns.get(i).matcher(text).region(words.start(), to);
                m.useTransparentBounds(true).useAnchoringBounds(false);
                if (m.lookingAt() && m.end() > m.start()) {
                    matches.found(i, m.start(), m.end());
                }
            }
        }
        for (int i = scanWholeText.nextSetBit(0); i >= 0; i = scanWholeText.nextSetBit(i + 1)) {
            Matcher m = patterns.get(i).matcher(text).region(from, to);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                if (m.end() > m.start()) {
                    matches.found(i, m.start(), m.end());
                }
            }
        }
    }

    private BitSet patternsStartingWith(String word) {
        BitSet cached = startsByWord.get(word);
        if (cached != null) {
            return cached;
        }
        BitSet starting = new BitSet(patterns.size());
        for (int i = 0; i < patterns.size(); i++) {
            if (!scanWholeText.get(i) && couldStartWith(patterns.get(i), word)) {
                starting.set(i);
            }
        }
        if (startsByWord.size() < MAX_CACHED_WORDS) {
            startsByWord.put(word, starting);
        }
        return starting;
    }

    /** True when a text whose first word is {@code word} might match from its first character. */
    private static boolean couldStartWith(Pattern pattern, String word) {
        Matcher m = pattern.matcher(word);
        return m.lookingAt() || m.hitEnd();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }
}
