package org.speakup.engine.risk;

import java.util.regex.Matcher;

/** Finds the first match of a named phrase family in a text, so each context rule can be tested alone. */
record PhraseFixture(NormalisedText text, Candidate candidate) {

    static PhraseFixture find(String original, String familyName) {
        NormalisedText text = new TextNormaliser().normalise(original);
        PhraseFamily family = RiskDetector.standardFamilies().stream()
                .filter(f -> f.name().equals(familyName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no family " + familyName));
        Matcher m = family.pattern().matcher(text.text());
        if (!m.find()) {
            throw new IllegalArgumentException(familyName + " does not match: " + text);
        }
        return new PhraseFixture(text, new Candidate(family, m.start(), m.end()));
    }

    boolean ruledOutBy(ContextRule rule) {
        return rule.rulesOut(candidate, text);
    }
}
