package org.speakup.engine.marker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text with the start of every word found once, and each word in a normal form (lower case, no apostrophes), so the
 * phrase rules only try their patterns where a word they can start with begins.
 */
public final class Words {

    /** The key of any word made only of digits, so "3" and "40" both match a phrase that starts with a number. */
    static final String NUMBER = "#";

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
                boolean apostrophe = false;
                while (i < n && (isWordChar(text.charAt(i)) || isApostrophe(text.charAt(i)))) {
                    apostrophe |= isApostrophe(text.charAt(i));
                    i++;
                }
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (apostrophe) {
                    word = word.replace("'", "").replace("’", "");
                }
                starts.add(start);
                keys.add(isNumber(word) ? NUMBER : word);
            } else {
                i++;
            }
        }
        return new Words(text, starts.stream().mapToInt(Integer::intValue).toArray(), keys.toArray(String[]::new));
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
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
