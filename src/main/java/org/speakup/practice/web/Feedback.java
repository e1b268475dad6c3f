package org.speakup.practice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.speakup.engine.Analysis;
import org.speakup.engine.DearManPart;
import org.speakup.engine.Span;
import org.speakup.engine.marker.MarkerKind;

/**
 * An analysis shaped for the page: the reply cut into plain and marked pieces (marks never overlap,
 * so the first of two overlapping phrases wins), one numbered note per marked phrase, and the
 * DEAR MAN checklist.
 */
record Feedback(Analysis analysis, List<Piece> pieces, List<Note> notes, List<Check> dearMan, boolean crisis) {

    /**
     * How sure the engine is, in words rather than a percentage a reader might take as a verdict
     * on them: "clearly" from 0.8, "probably" from 0.6, otherwise "a close call".
     */
    public String confidenceKey() {
        double confidence = analysis.confidence();
        return confidence >= 0.8
                ? "feedback.confidence.high"
                : confidence >= 0.6 ? "feedback.confidence.medium" : "feedback.confidence.low";
    }

    /** Plain text has number 0; a marked phrase has the number of its note. */
    record Piece(String text, int number, String tone) {}

    record Note(int number, String phrase, String kind, String note, String tone) {}

    record Check(String part, boolean present) {}

    static Feedback of(String text, Analysis analysis) {
        List<Piece> pieces = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        int at = 0;
        for (Span span : analysis.spans()) {
            if (span.start() < at || span.end() > text.length()) {
                continue;
            }
            String tone = tone(span.kind());
            if (span.start() > at) {
                pieces.add(new Piece(text.substring(at, span.start()), 0, ""));
            }
            int number = notes.size() + 1;
            String phrase = text.substring(span.start(), span.end());
            pieces.add(new Piece(phrase, number, tone));
            notes.add(new Note(number, phrase, span.kind(), span.note(), tone));
            at = span.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), 0, ""));
        }
        List<Check> checks = new ArrayList<>();
        for (DearManPart part : DearManPart.values()) {
            checks.add(new Check(part.label(), analysis.dearMan().contains(part.label())));
        }
        return new Feedback(analysis, pieces, notes, checks, "crisis".equals(analysis.risk()));
    }

    /** "strength" for what works, "watch" for what pulls the reply away from assertive. */
    private static String tone(String kind) {
        try {
            return MarkerKind.valueOf(kind.toUpperCase(Locale.ROOT)).isStrength() ? "strength" : "watch";
        } catch (IllegalArgumentException unknownKind) {
            return "watch";
        }
    }
}
