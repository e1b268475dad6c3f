package org.speakup.engine.marker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text with the start of every word found once, and each word in a normal form (lower case, no apostrophes), so the
 * phrase rules only try their patterns where a word they can start with begins.
 */
public final class Words {

    private final String text;
    private final int[] starts;
    private final String[] keys;

    private Words(String text, int[] starts, String[] keys) {
        this.text = text;
        this.starts = starts;
        this.keys = keys;
    }

    public static Words of(String text) {
        List<Integer> starts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < n) {
                // An emoji is a word of its own, so "😂🙄" has two.
                starts.add(i);
                keys.add(text.substring(i, i + 2));
                i += 2;
            } else if (isWordChar(text.charAt(i))) {
                int start = i;
                StringBuilder key = new StringBuilder();
                while (i < n && (isWordChar(text.charAt(i)) || isApostrophe(text.charAt(i)))) {
                    if (!isApostrophe(text.charAt(i))) {
                        key.append(text.charAt(i));
                    }
                    i++;
                }
                starts.add(start);
                keys.add(key.toString().toLowerCase(Locale.ROOT));
            } else {
                i++;
            }
        }
        return new Words(text, starts.stream().mapToInt(Integer::intValue).toArray(), keys.toArray(String[]::new));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    public String text() {
        return text;
    }

    public int count() {
        return starts.length;
    }

    public int start(int word) {
        return starts[word];
    }

    public String key(int word) {
        return keys[word];
    }
}
