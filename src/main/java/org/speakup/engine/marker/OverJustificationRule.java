package org.speakup.engine.marker;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speakup.engine.Span;

/**
 * Three or more reasons stacked up: Smith (When I Say No, I Feel Guilty) teaches that a refusal needs no excuses, and
 * piling them up invites the other person to argue with each one.
 */
public record OverJustificationRule() implements MarkerRule {

    private static final Pattern REASON = Phrases.of(
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
    public void find(String text, List<Span> out) {
        List<Span> reasons = new ArrayList<>();
        Matcher m = REASON.matcher(text);
        while (m.find()) {
            reasons.add(span(m.start(), m.end()));
        }
        if (reasons.size() >= 3) {
            out.addAll(reasons);
        }
    }
}
