package org.speakup.engine.marker;

import java.util.ArrayList;
import java.util.List;
import org.speakup.engine.Span;

/**
 * Over-apology is apologising more than once: a single "sorry" in an otherwise clear reply is ordinary politeness
 * (Alberti &amp; Emmons, Your Perfect Right, on apologetic non-assertion).
 */
public record RepeatedApologyRule() implements MarkerRule {

    private static final PhraseRule APOLOGIES = PhraseRule.of(
            MarkerKind.OVER_APOLOGY,
            "sorry",
            "soz",
            "sry",
            "i apologi[sz]e",
            "apologies",
            "my apologies",
            "forgive me");

    @Override
    public MarkerKind kind() {
        return MarkerKind.OVER_APOLOGY;
    }

    @Override
    public void find(Words words, List<Span> out) {
        List<Span> apologies = new ArrayList<>();
        APOLOGIES.find(words, apologies);
        if (apologies.size() >= 2) {
            out.addAll(apologies);
        }
    }
}
