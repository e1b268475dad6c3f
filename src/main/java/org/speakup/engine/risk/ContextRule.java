package org.speakup.engine.risk;

/**
 * A named rule that can rule out a phrase-family match because of its context: an idiom, a
 * negation, a past event that is over, or a subject who is not at risk. Each rule is small and
 * tested on its own; {@link RiskDetector} applies them all.
 */
sealed interface ContextRule permits IdiomRule, NegationRule, ResolvedPastRule, PersonRule {

    String name();

    boolean rulesOut(Candidate candidate, NormalisedText text);
}
