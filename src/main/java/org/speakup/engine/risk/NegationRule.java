package org.speakup.engine.risk;

import java.util.List;
import java.util.Set;

/**
 * Rules out a match that the writer negates in the same clause: "I'm not suicidal", "I would never
 * hurt myself", "no thoughts of suicide", "I don't think I'm suicidal".
 *
 * <p>Deliberately narrow, because a missed crisis costs more than a false alarm:
 *
 * <ul>
 *   <li>the negation must be within five words before the phrase, in the same clause;
 *   <li>a new subject ("I'm not okay i want to die") or a verb that opens a new thought ("nobody
 *       knows I cut myself", "I can't stop thinking about...") ends its reach;
 *   <li>negations that are themselves risk ("I don't want to be alive", "no one would miss me") are
 *       part of the phrase families, so they are never "before" the phrase.
 * </ul>
 */
record NegationRule() implements ContextRule {

    private static final int REACH = 5;

    private static final Set<String> NEGATORS = Set.of("not", "never", "no", "nor", "nobody", "neither");

    private static final Set<String> SUBJECTS = Set.of("i", "he", "she", "they", "we", "you", "it");

    /** "I don't think I'm suicidal": the negation of these verbs carries into the next clause. */
    private static final Set<String> NEG_RAISING = Set.of("think", "believe", "feel", "reckon", "suppose", "thought");

    private static final Set<String> BLOCKERS = Set.of(
            "that",
            "why",
            "how",
            "what",
            "anyone",
            "anybody",
            "told",
            "tell",
            "telling",
            "know",
            "knows",
            "knew",
            "realise",
            "realize",
            "say",
            "said",
            "says",
            "stop",
            "help",
            "understand",
            "notice",
            "noticed",
            "see",
            "saw",
            "care",
            "mean",
            "whether",
            "who",
            "ask",
            "asked",
            "remember",
            "wait",
            "matter",
            "stand",
            "find",
            "found",
            "sees",
            "seen",
            "notices",
            "finds",
            "realises",
            "realizes",
            "guess",
            "guessed",
            "suspects");

    @Override
    public String name() {
        return "negation";
    }

    @Override
    public boolean rulesOut(Candidate candidate, NormalisedText text) {
        List<Sentences.Word> clause = Sentences.clauseBefore(text.text(), candidate.start());
        int reach = Math.max(0, clause.size() - REACH);
        for (int i = clause.size() - 1; i >= reach; i--) {
            String word = clause.get(i).text();
            if (NEGATORS.contains(word)) {
                return true;
            }
            if (BLOCKERS.contains(word)) {
                return false;
            }
            if (SUBJECTS.contains(word)) {
                return negatedBelief(clause, i);
            }
        }
        return false;
    }

    private static boolean negatedBelief(List<Sentences.Word> clause, int subjectIndex) {
        int verb = subjectIndex - 1;
        if (verb >= 0 && clause.get(verb).text().equals("that")) {
            verb--;
        }
        return verb >= 1
                && NEG_RAISING.contains(clause.get(verb).text())
                && NEGATORS.contains(clause.get(verb - 1).text());
    }
}
