package org.speakup.engine;

/**
 * A marked phrase: {@code start} inclusive and {@code end} exclusive are UTF-16 character offsets into the text
 * that was analysed (Java {@code String} indices), {@code kind} names the marker and {@code note} explains it in
 * one kind line about the reply.
 */
public record Span(int start, int end, String kind, String note) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
