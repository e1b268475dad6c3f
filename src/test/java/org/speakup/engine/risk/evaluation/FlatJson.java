package org.speakup.engine.risk.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one JSON object whose values are strings, numbers, booleans or null — all the evaluation
 * set needs — without pulling a JSON library into the engine's test tools.
 */
final class FlatJson {

    private final String json;
    private int at;

    private FlatJson(String json) {
        this.json = json;
    }

    static Map<String, String> parse(String json) {
        return new FlatJson(json).object();
    }

    private Map<String, String> object() {
        Map<String, String> values = new LinkedHashMap<>();
        expect('{');
        skipSpace();
        if (peek() == '}') {
            at++;
            return values;
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            values.put(key, value());
            skipSpace();
            char next = json.charAt(at++);
            if (next == '}') {
                return values;
            }
            if (next != ',') {
                throw new IllegalArgumentException("expected , or } at " + (at - 1));
            }
        }
    }

    private String value() {
        if (peek() == '"') {
            return string();
        }
        int start = at;
        while (at < json.length() && ",} \t".indexOf(json.charAt(at)) < 0) {
            at++;
        }
        String literal = json.substring(start, at);
        return literal.equals("null") ? "" : literal;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = json.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = json.charAt(at++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(escaped);
            }
        }
    }

    private char peek() {
        return json.charAt(at);
    }

    private void expect(char c) {
        if (json.charAt(at) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + at);
        }
        at++;
    }

    private void skipSpace() {
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            at++;
        }
    }
}
