package org.speakup.engine.risk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whole-word spellings that {@link TokenRewrites} replaces, read from {@code spellings.txt} next to
 * this class: contractions typed without an apostrophe, texting forms, common misspellings and
 * unambiguous slang. A data file, so that a clinician can review and extend it without Java.
 */
final class Spellings {

    private static final String FILE = "spellings.txt";
    private static final Map<String, String> WORDS = load();

    private Spellings() {}

    static @Nullable String lookup(String word) {
        return WORDS.get(word);
    }

    private static Map<String, String> load() {
        try (InputStream in = Spellings.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FILE + " next to " + Spellings.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    static Map<String, String> parse(BufferedReader reader) throws IOException {
        Map<String, String> words = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int equals = content.indexOf('=');
            if (equals <= 0 || equals == content.length() - 1) {
                throw new IllegalStateException(FILE + " line " + number + ": expected 'written = canonical'");
            }
            words.put(
                    content.substring(0, equals).strip(),
                    content.substring(equals + 1).strip());
        }
        return words;
    }
}
