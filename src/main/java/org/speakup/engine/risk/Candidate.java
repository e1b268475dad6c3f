package org.speakup.engine.risk;

/** A phrase-family match in the normalised text, before the rules have had their say. */
record Candidate(PhraseFamily family, int start, int end) {

    int length() {
        return end - start;
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
