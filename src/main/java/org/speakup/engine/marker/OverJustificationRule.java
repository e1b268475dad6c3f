package org.speakup.engine.marker;

import java.util.ArrayList;
import java.util.List;
import org.speakup.engine.Span;

/**
 * Three or more reasons stacked up: Smith (When I Say No, I Feel Guilty) teaches that a refusal needs no excuses, and
 * piling them up invites the other person to argue with each one.
 */
public record OverJustificationRule() implements MarkerRule {

    private static final PhraseRule REASONS = PhraseRule.of(
            MarkerKind.OVER_JUSTIFICATION,
            "because",
            "cos",
            "cause",
            "'cause",
            "coz",
            "since i",
            "as i",
            "and also",
            "plus",
            "on top of that",
            "and then",
            "what with");

    @Override
    public MarkerKind kind() {
        return MarkerKind.OVER_JUSTIFICATION;
    }

    @Override
    public void find(Words words, List<Span> out) {
        List<Span> reasons = new ArrayList<>();
        REASONS.find(words, reasons);
        if (reasons.size() >= 3) {
            out.addAll(reasons);
        }
    }
}
