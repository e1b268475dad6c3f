package org.speakup.engine.risk;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules out a match that lies inside a known harmless sense of the same words: "die of
 * embarrassment", "my mum will kill me when she sees this", "beat me at chess", "cut myself
 * shaving". Idioms never cross a sentence, so only the candidate's sentence is searched.
 */
record IdiomRule(List<Idiom> idioms) implements ContextRule {

    /** One harmless sense, named so an explanation can say which one applied. */
    record Idiom(String name, Pattern pattern) {}

    IdiomRule {
        idioms = List.copyOf(idioms);
    }

    static IdiomRule standard() {
        return new IdiomRule(Idioms.all());
    }

    @Override
    public String name() {
        return "idiom";
    }

    @Override
    public boolean rulesOut(Candidate candidate, NormalisedText text) {
        String normalised = text.text();
        int from = Sentences.sentenceStart(normalised, candidate.start());
        int to = Sentences.sentenceEnd(normalised, Math.max(candidate.start(), candidate.end() - 1));
        boolean[] overlaps = {false};
        index().find(normalised, from, to, (idiom, start, end) -> overlaps[0] |= candidate.overlaps(start, end));
        return overlaps[0];
    }

    private PatternIndex index() {
        return INDEXES.computeIfAbsent(
                idioms,
                list -> new PatternIndex(list.stream().map(Idiom::pattern).toList()));
    }

    /** One index per idiom list; records cannot hold derived state, and the standard list is shared. */
    private static final java.util.Map<List<Idiom>, PatternIndex> INDEXES =
            new java.util.concurrent.ConcurrentHashMap<>();
}
