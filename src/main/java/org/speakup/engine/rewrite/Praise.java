package org.speakup.engine.rewrite;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.speakup.engine.Span;
import org.speakup.engine.marker.MarkerKind;
import org.speakup.engine.marker.Sentences;

/** Specific praise for an assertive reply: names what works and quotes where, rather than "good job". */
final class Praise {

    private static final Map<MarkerKind, String> WHAT_WORKS = new EnumMap<>(Map.of(
            MarkerKind.CLEAR_REFUSAL, "says no plainly",
            MarkerKind.CLEAR_REQUEST, "asks clearly for what you want",
            MarkerKind.I_STATEMENT, "owns your feeling or need",
            MarkerKind.VALIDATION, "acknowledges the other person",
            MarkerKind.COMPROMISE, "offers a way forward",
            MarkerKind.BENEFIT, "names what they gain"));
    private static final int MAX_QUOTE = 40;

    String of(String text, List<Span> spans) {
        List<String> points = new ArrayList<>();
        for (var entry : WHAT_WORKS.entrySet()) {
            spans.stream()
                    .filter(s -> Cleaner.kindOf(s) == entry.getKey())
                    .findFirst()
                    .ifPresent(s -> points.add(entry.getValue() + " (\"" + quote(text, s) + "\")"));
        }
        boolean short_ = text.strip().split("\\s+").length <= 12;
        if (points.isEmpty()) {
            return short_
                    ? "This reply is short and direct, with no hedging or digs."
                    : "This reply states your position directly and respectfully, with no hedging or digs.";
        }
        String list = join(points);
        return "This reply " + list + (short_ ? ", and keeps it short." : ".");
    }

    /** Quotes the sentence the strength sits in, so the user sees it in their own words. */
    private static String quote(String text, Span span) {
        String q = Sentences.split(text).stream()
                .filter(s -> s.start() <= span.start() && span.end() <= s.end())
                .findFirst()
                .map(s -> s.of(text))
                .orElse(text.substring(span.start(), span.end()))
                .strip();
        return q.length() > MAX_QUOTE ? q.substring(0, MAX_QUOTE) + "…" : q;
    }

    private static String join(List<String> points) {
        if (points.size() == 1) {
            return points.get(0);
        }
        return String.join(", ", points.subList(0, points.size() - 1)) + " and " + points.get(points.size() - 1);
    }
}
