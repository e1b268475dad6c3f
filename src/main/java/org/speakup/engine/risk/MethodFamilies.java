package org.speakup.engine.risk;

import static org.speakup.engine.risk.PhraseFamily.Anchor.SUBJECT;
import static org.speakup.engine.risk.RiskCategory.SUICIDAL_THOUGHTS;

import java.util.List;
import org.speakup.engine.risk.PhraseFamily.Anchor;

/**
 * Means and methods: a named method, looking one up, standing at a height, gathering pills, and
 * overdoses. Access to means is among the strongest signs that thoughts are becoming a plan.
 */
final class MethodFamilies {

    private MethodFamilies() {}

    static List<PhraseFamily> all() {
        return List.of(
                family(
                        "method",
                        SUBJECT,
                        "(?:slit|slitting|slash|slashing) (?:my|his|her|their) (?:wrists?|throat)"
                                + "|(?:put|putting) a (?:gun|knife|bullet) (?:to|in|through) my (?:head|mouth|chest)"
                                + "|blow my brains out"
                                + "|(?:tie|tied|tying|made|make|making|bought|buy|got) a noose"
                                + "|(?:jump|jumping|throw myself|throwing myself|step|stepping|walk|walking|drive"
                                + "|driving|crash|crashing) (?:off|from|in front of|under|into) (?:a|the|my) (?:bridge"
                                + "|roof|building|train|car|bus|cliff|balcony|tower|traffic|lorry|truck|motorway"
                                + "|highway|river|sea|car park|multi storey|window|tracks|wall|tree)"
                                + "|(?:stockpiling|hoarding|saving up|saving|collecting|stashing|hiding) (?:up )?(?:my"
                                + " |all my |the )?(?:\\w+ )?{pills}"
                                + "|enough {pills} to (?:die|kill|end|not wake up|overdose)"
                                + "|(?:have|has|got|get|getting|keep|keeping) (?:the |my |all the |all my |enough )?{pills} (?:ready"
                                + "|saved|stashed|hidden|lined up)|(?:the|a|my) (?:rope|noose) (?:is )?ready"
                                + "|how (?:many|much) (?:of )?(?:\\w+ )?{pills} (?:it )?(?:would|will|does|do) (?:it )?(?:take"
                                + "|kill)"
                                + "|how (?:many|much) (?:\\w+ )?(?:it )?(?:would|will) take to (?:die|kill|overdose)"
                                + "|(?:lethal|fatal|deadly) dose|bleed out|bleeding out"
                                + "|(?:counting|counted|count) (?:how many |all )?(?:of )?(?:my |the )?{pills}"
                                + "|how many {pills} i have"
                                + "|(?:ways|how|best way|easiest way|quickest way|painless way|painless ways) to (?:die|end it"
                                + "|kill myself|end my life|commit suicide|unalive|hang myself|overdose|tie a noose)"
                                + "|how (?:high|tall|far down|deep) (?:the|a|that) (?:bridge|building|roof|cliff|drop|car park|tower"
                                + "|balcony) (?:is|was)"
                                + "|(?:stood|standing|stand|sat|sitting|was|went|climbed) (?:on|at|to|up to|onto) (?:the|a)"
                                + " (?:edge|ledge|bridge|roof|railway line|tracks|cliff edge|top of the car park)"),
                family(
                        "overdose",
                        SUBJECT,
                        "(?:want|wanted|going|plan|planning|planned|tried|try|trying|thinking about|thought about"
                                + "|think about|decided|ready|tempted|urge|about) (?:to )?{adv}(?:overdose|overdosing)"
                                + "|(?:overdosed|took an overdose|taken an overdose|had an overdose|take an overdose)"
                                + "|(?:took|take|taking|swallowed|swallow|swallowing|downed|necked) (?:too many|a lot of"
                                + "|loads of|lots of|a bunch of|all (?:of )?(?:my|the|her|his|mums|dads)"
                                + "|a (?:whole|full) (?:packet|bottle|box|pack|strip) of|the (?:whole|entire|rest of the)"
                                + " (?:packet|bottle|box|pack) of|handfuls of|a handful of|a load of|a pile of|every|every single|[1-9][0-9]+|twenty|thirty"
                                + "|forty|fifty) (?:of )?(?:(?:my|the|her|his|mums|dads|\\w+) ){0,2}(?:{pills}|pill|tablet)"
                                + "|(?:which|what) (?:of )?(?:my )?(?:\\w+ )?{pills} (?:would|will|is|are) (?:be )?(?:the )?(?:strongest"
                                + "|most dangerous|deadliest|lethal|enough)"));
    }

    private static PhraseFamily family(String name, Anchor anchor, String template) {
        return PhraseFamily.of(name, SUICIDAL_THOUGHTS, anchor, template);
    }
}
