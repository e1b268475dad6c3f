package org.speakup.engine.marker;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speakup.engine.Span;

/**
 * Over-apology is apologising more than once: a single "sorry" in an otherwise clear reply is ordinary politeness
 * (Alberti &amp; Emmons, Your Perfect Right, on apologetic non-assertion).
 */
public record RepeatedApologyRule() implements MarkerRule {

    private static final Pattern APOLOGY =
            Phrases.of("sorry", "soz", "sry", "i apologi[sz]e", "apologies", "my apologies", "forgive me");

    @Override
    public MarkerKind kind() {
        return MarkerKind.OVER_APOLOGY;
    }

    @Override
    public void find(String text, List<Span> out) {
        List<Span> apologies = new ArrayList<>();
        Matcher m = APOLOGY.matcher(text);
        while (m.find()) {
            apologies.add(span(m.start(), m.end()));
        }
        if (apologies.size() >= 2) {
            out.addAll(apologies);
        }
    }
}
