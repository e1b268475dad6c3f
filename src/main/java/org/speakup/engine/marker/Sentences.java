package org.speakup.engine.marker;

import java.util.ArrayList;
import java.util.List;

/** Splits text into sentences by end punctuation and line breaks, keeping offsets into the original text. */
public final class Sentences {

    /** One sentence: {@code start} inclusive, {@code end} exclusive, without surrounding spaces. */
    public record Sentence(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    private Sentences() {}

    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';' || c == '…') {
                int end = i + 1;
                while (end < text.length() && isTerminator(text.charAt(end))) {
                    end++;
                }
                if (isTrailingOff(text, i, end)) {
                    i = end;
                    continue;
                }
                add(text, start, end, sentences);
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        add(text, start, text.length(), sentences);
        return sentences;
    }

    /** "I'll... try" trails off mid-sentence: an ellipsis followed by a lower-case word does not end it. */
    private static boolean isTrailingOff(String text, int from, int end) {
        boolean ellipsis = (end - from >= 2 && text.charAt(from) == '.') || text.charAt(from) == '…';
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return ellipsis && next < text.length() && Character.isLowerCase(text.charAt(next));
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n';
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end));
        }
    }
}
