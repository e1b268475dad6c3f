package org.speakup.engine.marker;

import java.util.List;
import org.speakup.engine.Span;

/** One named rule that finds phrases of one kind in a reply. */
public sealed interface MarkerRule permits PhraseRule, RepeatedApologyRule, BareCommandRule, OverJustificationRule {

    MarkerKind kind();

    /** Adds a span for every phrase of this rule's kind found in {@code text}. */
    void find(String text, List<Span> out);

    default Span span(int start, int end) {
        return new Span(start, end, kind().label(), kind().note());
    }
}
