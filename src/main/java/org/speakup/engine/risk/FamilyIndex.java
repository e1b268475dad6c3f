package org.speakup.engine.risk;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every phrase-family match, trying each family only at the words it can start with.
 *
 * <p>Scanning the whole text with each of some fifty patterns cost about a millisecond per
 * hundred words. Instead, for each distinct word we ask each pattern once whether a match could
 * start with that word ({@link Matcher#hitEnd()} says whether more input might still match), cache
 * the answer, and run the full pattern only where the answer is yes. The answer comes from the
 * pattern itself, so the index finds exactly what a full scan would find at word starts.
 */
final class FamilyIndex {

    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");

    /** Bounds memory under adversarial input; beyond it answers are computed, not cached. */
    private static final int MAX_CACHED_WORDS = 200_000;

    private final List<PhraseFamily> families;
    private final BitSet scanWholeText = new BitSet();
    private final Map<String, BitSet> startsByWord = new ConcurrentHashMap<>();

    FamilyIndex(List<PhraseFamily> families) {
        this.families = List.copyOf(families);
        for (int i = 0; i < this.families.size(); i++) {
            if (couldStartWith(this.families.get(i).pattern(), " ")) {
                scanWholeText.set(i);
            }
        }
    }

    List<Candidate> candidates(NormalisedText normalised) {
        String text = normalised.text();
        List<Candidate> found = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            if (words.start() > 0 && isWordChar(text.charAt(words.start() - 1))) {
                continue;
            }
            BitSet starting = familiesStartingWith(words.group());
            for (int i = starting.nextSetBit(0); i >= 0; i = starting.nextSetBit(i + 1)) {
                matchAt(families.get(i), text, words.start(), found);
            }
        }
        for (int i = scanWholeText.nextSetBit(0); i >= 0; i = scanWholeText.nextSetBit(i + 1)) {
            scan(families.get(i), text, found);
        }
        return found;
    }

    private BitSet familiesStartingWith(String word) {
        BitSet cached = startsByWord.get(word);
        if (cached != null) {
            return cached;
        }
        BitSet starting = new BitSet(families.size());
        for (int i = 0; i < families.size(); i++) {
            if (!scanWholeText.get(i) && couldStartWith(families.get(i).pattern(), word)) {
                starting.set(i);
            }
        }
        if (startsByWord.size() < MAX_CACHED_WORDS) {
            startsByWord.put(word, starting);
        }
        return starting;
    }

    private static void matchAt(PhraseFamily family, String text, int start, List<Candidate> found) {
        Matcher m = family.pattern().matcher(text);
        m.region(start, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
        if (m.lookingAt() && m.end() > m.start()) {
            found.add(new Candidate(family, m.start(), m.end()));
        }
    }

    private static void scan(PhraseFamily family, String text, List<Candidate> found) {
        Matcher m = family.pattern().matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                found.add(new Candidate(family, m.start(), m.end()));
            }
        }
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
