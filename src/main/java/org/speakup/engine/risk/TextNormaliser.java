package org.speakup.engine.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Brings free text into one canonical form: lower case, straight apostrophes, contractions expanded
 * ("don't" becomes "do not"), stretched letters shrunk ("soooo"), leetspeak digits read as letters,
 * texting forms and common misspellings spelled out, and everything but words and sentence
 * punctuation turned into single spaces. Line breaks end a sentence.
 *
 * <p>Every output character remembers the original span it came from; a rewritten word maps to the
 * whole original word, so offsets always land on what the writer typed.
 */
final class TextNormaliser {

    private record Piece(String text, int start, int end, boolean word) {}

    NormalisedText normalise(String original) {
        List<Piece> pieces = words(original);
        Output out = new Output(original);
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (!piece.word()) {
                out.separator(piece.text().charAt(0), piece.start(), piece.end());
                continue;
            }
            String rewritten = TokenRewrites.rewrite(piece.text(), nextWord(pieces, i));
            if (rewritten.equals(piece.text())) {
                out.verbatim(piece);
            } else {
                out.replaced(rewritten, piece.start(), piece.end());
            }
        }
        return out.finish();
    }

    private static String nextWord(List<Piece> pieces, int index) {
        for (int i = index + 1; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.word()) {
                return piece.text();
            }
            if (piece.text().charAt(0) != ' ') {
                return "";
            }
        }
        return "";
    }

    /** Splits the original into words (letters, digits, inner apostrophes) and one-char separators. */
    private static List<Piece> words(String original) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int wordStart = -1;
        int i = 0;
        while (i < original.length()) {
            if (startsWithout(original, i) && wordStart < 0) {
                // "w/o" is one texting word, "without"; the slash would otherwise split it.
                pieces.add(new Piece("without", i, i + 3, true));
                i += 3;
                continue;
            }
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            char kind = classify(cp);
            if (kind == 'w' || (kind == '\'' && wordStart >= 0)) {
                if (wordStart < 0) {
                    wordStart = i;
                }
                word.appendCodePoint(kind == '\'' ? '\'' : Character.toLowerCase(cp));
            } else {
                if (wordStart >= 0) {
                    pieces.add(wordPiece(word, wordStart, i));
                    word.setLength(0);
                    wordStart = -1;
                }
                pieces.add(new Piece(String.valueOf(kind == '\'' ? ' ' : kind), i, next, false));
            }
            i = next;
        }
        if (wordStart >= 0) {
            pieces.add(wordPiece(word, wordStart, original.length()));
        }
        return pieces;
    }

    private static boolean startsWithout(String text, int at) {
        boolean ends =
                at + 3 == text.length() || !Character.isLetterOrDigit(text.charAt(Math.min(at + 3, text.length() - 1)));
        return text.regionMatches(true, at, "w/o", 0, 3)
                && ends
                && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)));
    }

    /** A trailing apostrophe ("cuttin'") belongs to the word but not to its spelling. */
    private static Piece wordPiece(StringBuilder word, int start, int end) {
        String text = word.toString();
        while (text.endsWith("'")) {
            text = text.substring(0, text.length() - 1);
        }
        return new Piece(text, start, end, true);
    }

    /** 'w' for word characters, the apostrophe, kept punctuation, '.' for line breaks, else ' '. */
    private static char classify(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return 'w';
        }
        return switch (cp) {
            case '\'', '\u2019', '\u2018', '\u02bc', '`', '\u00b4' -> '\'';
            case '.', '!', '?', ';', ':', ',' -> (char) cp;
            case '\n', '\r', '\u2028', '\u2029', '\u0085' -> '.';
            default -> ' ';
        };
    }

    /** Collects output characters with their original spans, collapsing runs of spaces. */
    private static final class Output {
        private final String original;
        private final StringBuilder text = new StringBuilder();
        private final IntBuffer starts = new IntBuffer();
        private final IntBuffer ends = new IntBuffer();

        Output(String original) {
            this.original = original;
        }

        void separator(char c, int start, int end) {
            if (c == ' ' && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
                return;
            }
            append(c, start, end);
        }

        void verbatim(Piece piece) {
            // Same length and order as the original word, except for a code point outside the BMP,
            // which the word() split keeps as two chars anyway.
            int offset = piece.start();
            for (int i = 0; i < piece.text().length(); i++) {
                int at = Math.min(offset + i, piece.end() - 1);
                append(piece.text().charAt(i), at, at + 1);
            }
        }

        void replaced(String replacement, int start, int end) {
            for (int i = 0; i < replacement.length(); i++) {
                append(replacement.charAt(i), start, end);
            }
        }

        private void append(char c, int start, int end) {
            text.append(c);
            starts.add(start);
            ends.add(end);
        }

        NormalisedText finish() {
            return new NormalisedText(original, text.toString(), starts.toArray(), ends.toArray());
        }
    }

    private static final class IntBuffer {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
