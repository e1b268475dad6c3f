package org.speakup.engine.risk;

import java.util.List;
import java.util.regex.Matcher;
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
        for (Idiom idiom : idioms) {
            Matcher m = idiom.pattern().matcher(normalised).region(from, to);
            m.useTransparentBounds(true).useAnchoringBounds(true);
            while (m.find()) {
                if (candidate.overlaps(m.start(), m.end())) {
                    return true;
                }
            }
        }
        return false;
    }
}
