package org.speakup.engine.marker;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speakup.engine.Span;

/** Marks every match of a pattern; when the pattern has a group named {@code m}, only that group is marked. */
public record PhraseRule(MarkerKind kind, Pattern pattern) implements MarkerRule {

    static PhraseRule of(MarkerKind kind, String... phrases) {
        return new PhraseRule(kind, Phrases.of(phrases));
    }

    @Override
    public void find(String text, List<Span> out) {
        Matcher m = pattern.matcher(text);
        boolean marked = pattern.pattern().contains("(?<m>");
        while (m.find()) {
            int start = marked ? m.start("m") : m.start();
            int end = marked ? m.end("m") : m.end();
            if (start >= 0 && end > start) {
                out.add(span(start, end));
            }
        }
    }
}
