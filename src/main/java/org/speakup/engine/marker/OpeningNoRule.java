package org.speakup.engine.marker;

import java.util.List;
import java.util.Set;
import org.speakup.engine.Span;

/**
 * A "no" that opens a sentence and stands on its own ("No.", "No thanks", "Nope, not tonight"): Smith (When I Say No,
 * I Feel Guilty) teaches that a plain no needs no reason. A "no" inside a sentence ("no one", "no milk") is not one.
 */
public record OpeningNoRule() implements MarkerRule {

    private static final Set<String> NO = Set.of("no", "nope", "nah", "noo", "nooo");
    private static final Set<String> MAY_FOLLOW =
            Set.of("thanks", "thank", "not", "i", "sorry", "way", "sry", "ty", "mate", "thx", "ta");

    @Override
    public MarkerKind kind() {
        return MarkerKind.CLEAR_REFUSAL;
    }

    @Override
    public void find(Words words, List<Span> out) {
        String text = words.text();
        for (int w = 0; w < words.count(); w++) {
            if (NO.contains(words.key(w)) && opensSentence(text, words.start(w)) && standsAlone(words, w)) {
                out.add(span(words.start(w), words.start(w) + words.key(w).length()));
            }
        }
    }

    private static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean standsAlone(Words words, int w) {
        String text = words.text();
        int after = words.start(w) + words.key(w).length();
        if (after >= text.length()) {
            return true;
        }
        char next = text.charAt(after);
        if (".,!;".indexOf(next) >= 0) {
            return true;
        }
        return w + 1 < words.count() && MAY_FOLLOW.contains(words.key(w + 1));
    }
}
