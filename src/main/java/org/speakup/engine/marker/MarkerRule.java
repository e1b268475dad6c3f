package org.speakup.engine.marker;

import java.util.List;
import org.speakup.engine.Span;

/** One named rule that finds phrases of one kind in a reply. */
public sealed interface MarkerRule
        permits PhraseRule, RepeatedApologyRule, BareCommandRule, OverJustificationRule, OpeningNoRule {

    MarkerKind kind();

    /** Adds a span for every phrase of this rule's kind found in the text. */
    void find(Words words, List<Span> out);

    /** Every phrase of this rule's kind in {@code text}, in order. */
    default List<Span> findIn(String text) {
        List<Span> out = new java.util.ArrayList<>();
        find(Words.of(text), out);
        return out;
    }

    default Span span(int start, int end) {
        return new Span(start, end, kind().label(), kind().note());
    }
}
