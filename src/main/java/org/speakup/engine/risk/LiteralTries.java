package org.speakup.engine.risk;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites every group of plain alternative words, such as {@code (?:hurt|hurts|harm)}, into the
 * equivalent character trie {@code (?:h(?:urts?|arm))}. The families list words the way people
 * read them; the regex engine would otherwise try each alternative at every word of the text,
 * which made assessment several times slower.
 */
final class LiteralTries {

    private static final Pattern LITERAL_GROUP = Pattern.compile("\\(\\?:([a-z' ]+(?:\\|[a-z' ]+)+)\\)");

    private LiteralTries() {}

    static String optimise(String regex) {
        Matcher m = LITERAL_GROUP.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Node root = new Node();
            for (String word : m.group(1).split("\\|")) {
                root.add(word);
            }
            m.appendReplacement(out, Matcher.quoteReplacement("(?:" + root.regex() + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final class Node {
        private final Map<Character, Node> children = new TreeMap<>();
        private boolean terminal;

        void add(String word) {
            Node node = this;
            for (char c : word.toCharArray()) {
                node = node.children.computeIfAbsent(c, k -> new Node());
            }
            node.terminal = true;
        }

        /** Regex for the suffixes below this node; the empty suffix is allowed when terminal. */
        String regex() {
            StringBuilder alternatives = new StringBuilder();
            for (Map.Entry<Character, Node> child : children.entrySet()) {
                if (alternatives.length() > 0) {
                    alternatives.append('|');
                }
                alternatives.append(child.getKey()).append(child.getValue().regex());
            }
            if (children.isEmpty()) {
                return "";
            }
            boolean single = children.size() == 1;
            String body = single ? alternatives.toString() : "(?:" + alternatives + ")";
            if (!terminal) {
                return body;
            }
            boolean grouped = !single || body.length() == 1;
            return (grouped ? body : "(?:" + body + ")") + "?";
        }
    }
}
