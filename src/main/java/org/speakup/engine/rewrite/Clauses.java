package org.speakup.engine.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.speakup.engine.Span;
import org.speakup.engine.marker.MarkerKind;
import org.speakup.engine.marker.Sentences;

/**
 * Splits a sentence at commas, semicolons and where a threat begins, so that a dig or an ultimatum can be left out
 * while the request beside it is kept ("Do them now or I'm binning your stuff" keeps "Do them now").
 */
final class Clauses {

    private Clauses() {}

    static List<Sentences.Sentence> split(String text, Sentences.Sentence sentence, List<Span> spans) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (text.charAt(i) == ',' || text.charAt(i) == ';') {
                cuts.add(i + 1);
            }
        }
        for (Span span : spans) {
            boolean threat = span.kind().equals(MarkerKind.THREAT.label());
            if (threat && span.start() > sentence.start() && span.start() < sentence.end()) {
                cuts.add(span.start());
            }
        }
        cuts.sort(Integer::compare);
        List<Sentences.Sentence> clauses = new ArrayList<>();
        int from = sentence.start();
        for (int cut : cuts) {
            add(text, from, cut, clauses);
            from = cut;
        }
        add(text, from, sentence.end(), clauses);
        return clauses;
    }

    private static void add(String text, int start, int end, List<Sentences.Sentence> out) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == ',')) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        String clause = text.substring(start, end).toLowerCase(Locale.ROOT);
        // A clause that is only a joining word ("or", "and") carries nothing on its own.
        if (end > start && !clause.equals("or") && !clause.equals("and")) {
            out.add(new Sentences.Sentence(start, end));
        }
    }
}
