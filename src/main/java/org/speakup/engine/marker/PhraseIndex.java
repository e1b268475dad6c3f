package org.speakup.engine.marker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.speakup.engine.Span;

/**
 * All word-keyed phrase rules merged into one look-up, so a scan reads each word once and tries only the phrases, of
 * any rule, that can start with it. Gives the same spans as running each rule on its own.
 */
final class PhraseIndex {

    private record Candidate(int rule, Pattern pattern, String prefix) {}

    private final List<PhraseRule> rules;
    private final Map<String, List<Candidate>> byWord = new HashMap<>();
    private final Map<Character, List<Candidate>> byFirstLetter = new HashMap<>();
    private final List<Candidate> anywhere = new ArrayList<>();

    PhraseIndex(List<PhraseRule> rules) {
        this.rules = List.copyOf(rules);
        for (int r = 0; r < rules.size(); r++) {
            Phrases.Index index = rules.get(r).index();
            if (index == null) {
                throw new IllegalArgumentException("only word-keyed rules can be merged");
            }
            for (var entry : index.byFirstWord().entrySet()) {
                byWord.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                        .add(new Candidate(r, entry.getValue(), entry.getKey()));
            }
            for (Phrases.Prefixed p : index.byPrefix()) {
                Candidate c = new Candidate(r, p.pattern(), p.prefix());
                if (p.prefix().isEmpty()) {
                    anywhere.add(c);
                } else {
                    byFirstLetter
                            .computeIfAbsent(p.prefix().charAt(0), k -> new ArrayList<>())
                            .add(c);
                }
            }
        }
    }

    void find(Words words, List<Span> out) {
        int[] coveredTo = new int[rules.size()];
        for (int w = 0; w < words.count(); w++) {
            String key = words.key(w);
            int start = words.start(w);
            tryAll(byWord.get(key), words, start, key, coveredTo, out);
            if (!key.isEmpty()) {
                tryAll(byFirstLetter.get(key.charAt(0)), words, start, key, coveredTo, out);
            }
            tryAll(anywhere, words, start, key, coveredTo, out);
        }
    }

    private void tryAll(
            List<Candidate> candidates, Words words, int start, String key, int[] coveredTo, List<Span> out) {
        if (candidates == null) {
            return;
        }
        for (Candidate c : candidates) {
            if (start < coveredTo[c.rule()] || !key.startsWith(c.prefix())) {
                continue;
            }
            int end = PhraseRule.matchAt(words.text(), start, c.pattern());
            if (end > start) {
                out.add(rules.get(c.rule()).span(start, end));
                coveredTo[c.rule()] = end;
            }
        }
    }
}
