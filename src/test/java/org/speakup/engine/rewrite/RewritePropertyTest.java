package org.speakup.engine.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.speakup.engine.Style;
import org.speakup.engine.marker.Markers;

/** The rewrite never invents content: every word in it comes from the reply or from the formula's own frame. */
class RewritePropertyTest {

    private static final Set<String> FRAME = words("When what happened I feel how you feel because why it matters to"
            + " you I'd like what you want to happen Please");

    @Provide
    Arbitrary<String> replies() {
        Arbitrary<String> piece = Arbitraries.of(
                "sorry",
                "I guess",
                "maybe",
                "give it back",
                "you always",
                "idiot",
                "I feel tired",
                "I need Friday off",
                "how about Tuesday",
                "that way we both win",
                "fine.",
                "whatever",
                "no.",
                "please",
                "the report",
                "you've been late twice",
                "it's fine",
                "oh great",
                ",",
                ".",
                "?",
                "!",
                "Sam",
                "my bike");
        return piece.list().ofMinSize(1).ofMaxSize(12).map(list -> String.join(" ", list));
    }

    @Property(tries = 500)
    void everyWordOfTheRewriteComesFromTheReplyOrTheFrame(@ForAll("replies") String reply, @ForAll Style style) {
        String rewritten = new AssertiveRewriter()
                .rewrite(reply, Markers.scan(reply), style)
                .text();
        Set<String> allowed = words(reply);
        for (String word : words(rewritten)) {
            assertThat(allowed.contains(word) || FRAME.contains(word))
                    .as("'%s' in rewrite \"%s\" of \"%s\"", word, rewritten, reply)
                    .isTrue();
        }
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }
}
