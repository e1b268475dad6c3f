package org.speakup.engine.risk;

/**
 * Text in the canonical form the phrase families are written against, with a map from every
 * character back to the span of the original text it came from, so a match can be shown where the
 * writer wrote it.
 */
final class NormalisedText {

    private final String original;
    private final String text;
    private final int[] originalStart;
    private final int[] originalEnd;

    NormalisedText(String original, String text, int[] originalStart, int[] originalEnd) {
        this.original = original;
        this.text = text;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    String original() {
        return original;
    }

    String text() {
        return text;
    }

    /** Start in the original text of the normalised range starting at {@code from}. */
    int originalStart(int from) {
        return originalStart[from];
    }

    /** End (exclusive) in the original text of the normalised range ending before {@code to}. */
    int originalEnd(int to) {
        return originalEnd[to - 1];
    }

    @Override
    public String toString() {
        return text;
    }
}
