package org.speakup.engine.marker;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.speakup.engine.Span;

/**
 * Marks phrases of one kind. Built from plain phrases it tries only the phrases that can start at each word; built
 * from a pattern it scans the whole text. When a pattern has a group named {@code m}, only that group is marked.
 */
public final class PhraseRule implements MarkerRule {

    private final MarkerKind kind;
    private final Phrases.@Nullable Index index;
    private final @Nullable Pattern pattern;

    private PhraseRule(MarkerKind kind, Phrases.@Nullable Index index, @Nullable Pattern pattern) {
        this.kind = kind;
        this.index = index;
        this.pattern = pattern;
    }

    static PhraseRule of(MarkerKind kind, String... phrases) {
        return new PhraseRule(kind, Phrases.index(phrases), null);
    }

    static PhraseRule matching(MarkerKind kind, Pattern pattern) {
        return new PhraseRule(kind, null, pattern);
    }

    @Override
    public MarkerKind kind() {
        return kind;
    }

    @Override
    public void find(Words words, List<Span> out) {
        if (pattern != null) {
            scan(words.text(), pattern, out);
        } else if (index != null) {
            lookUp(words, index, out);
        }
    }

    private void scan(String text, Pattern p, List<Span> out) {
        Matcher m = p.matcher(text);
        boolean marked = p.pattern().contains("(?<m>");
        while (m.find()) {
            int start = marked ? m.start("m") : m.start();
            int end = marked ? m.end("m") : m.end();
            if (start >= 0 && end > start) {
                out.add(span(start, end));
            }
        }
    }

    private void lookUp(Words words, Phrases.Index index, List<Span> out) {
        String text = words.text();
        int coveredTo = 0;
        for (int w = 0; w < words.count(); w++) {
            int start = words.start(w);
            if (start < coveredTo) {
                continue;
            }
            int end = matchAt(text, start, index.byFirstWord().get(words.key(w)));
            for (Phrases.Prefixed p : index.byPrefix()) {
                if (end < 0 && words.key(w).startsWith(p.prefix())) {
                    end = matchAt(text, start, p.pattern());
                }
            }
            if (end > start) {
                out.add(span(start, end));
                coveredTo = end;
            }
        }
    }

    /** The phrases keyed by first word, or null for a rule built from a single pattern. */
    Phrases.@Nullable Index index() {
        return index;
    }

    static int matchAt(String text, int start, @Nullable Pattern p) {
        if (p == null) {
            return -1;
        }
        Matcher m = p.matcher(text).region(start, text.length());
        m.useTransparentBounds(true).useAnchoringBounds(false);
        return m.lookingAt() ? m.end() : -1;
    }
}
