package org.speakup.engine.risk;

import static org.speakup.engine.risk.PhraseFamily.Anchor.SUBJECT;
import static org.speakup.engine.risk.PhraseFamily.Anchor.WRITER;
import static org.speakup.engine.risk.RiskCategory.SUICIDAL_THOUGHTS;

import java.util.List;
import org.speakup.engine.risk.PhraseFamily.Anchor;

/**
 * Feeling a burden and that nobody would miss you: perceived burdensomeness and thwarted
 * belonging, the two beliefs the interpersonal theory of suicide (Joiner) puts at its core.
 */
final class BurdensomenessFamilies {

    private BurdensomenessFamilies() {}

    static List<PhraseFamily> all() {
        return List.of(
                family(
                        "better-off-without-me",
                        WRITER,
                        "better off (?:dead|without me|with me (?:gone|dead)|if i (?:was|were|had|did|died|disappeared"
                                + "|never|am|m)\\b(?: not| never)?(?: \\w+)?)"
                                + "|(?:be|are|is) {adv}(?:better|happier|easier|fine|okay|ok|alright) (?:off )?(?:without me"
                                + "|if i (?:was|were) (?:not here|gone|dead|never born))"
                                + "|(?:simpler|easier|better|happier|calmer|nicer)(?: for (?:\\w+ ){1,2})? if i (?:was|were|am)"
                                + " (?:just )?(?:gone|not here|not around|dead)"
                                + "|(?:cope|manage|be fine|be okay|be ok|be better|be happier|be easier|be relieved|move on)"
                                + "(?: \\w+){0,3}? if i (?:just |simply )?(?:was not here|were not here|was not around|were not"
                                + " around|was gone|were gone|was dead|were dead|died|disappeared|did not exist|was never born)"
                                + "|(?:better|happier|easier) (?:life|lives|time|future) without me"
                                + "|(?:doing|do) (?:everyone|everybody|them|the world|you all|my family) a favou?r (?:by|if i)"
                                + "|(?:easier|better|happier) for (?:everyone|everybody|them|my family|you all|you|people)"
                                + " if i (?:was|were|am|was just|were just) (?:not here|not around|gone|dead|never born)"),
                family(
                        "burden",
                        SUBJECT,
                        "(?:am|m|feel like|feel|being|become|just|only|such|nothing but) (?:a |such a |the )?{adv}"
                                + "(?:huge |big |massive |total |)burden(?! (?:on|to|for) (?:the|my|our) (?:team|project|group"
                                + "|company|budget|system|office|class|flatmates|housemates))"
                                + "|in (?:everyone|everybody|every one)s? way"
                                + "|burden (?:to|on|for) (?:everyone|everybody|my family|them|you all|my parents"
                                + "|my friends|the people|people)"),
                family(
                        "no-one-would-miss-me",
                        WRITER,
                        "(?:no one|nobody|no body) (?:would|will|is going to|going to) {adv}(?:miss me|notice if i (?:died|was gone|were gone|disappeared|was dead|killed|was not here|vanished|left"
                                + " forever)"
                                + "|notice (?:i am|i was|when i am) gone|care if i (?:die|died|was gone|disappeared"
                                + "|was dead|killed|vanished|went missing|did not exist|was not here|never woke up))"
                                + "|(?:would|will) (?:anyone|anybody) (?:even )?(?:miss me|notice if i (?:died|was gone|disappeared|was dead)|care if i (?:died|was gone|disappeared|was"
                                + " dead))"
                                + "|(?:no one|nobody) (?:would |will |even |really )*cares? (?:if|whether) i (?:live|lived"
                                + "|die|died|am alive|exist)"));
    }

    private static PhraseFamily family(String name, Anchor anchor, String template) {
        return PhraseFamily.of(name, SUICIDAL_THOUGHTS, anchor, template);
    }
}
