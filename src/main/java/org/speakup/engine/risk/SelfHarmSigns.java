package org.speakup.engine.risk;

import static org.speakup.engine.risk.PhraseFamily.Anchor.SUBJECT;
import static org.speakup.engine.risk.RiskCategory.SELF_HARM;

import java.util.List;
import org.speakup.engine.risk.PhraseFamily.Anchor;

/**
 * Self-harm told without the word: hurting oneself as punishment or to feel something, injuries
 * that are hidden or explained away, tools kept close, and relapse after a clean streak.
 */
final class SelfHarmSigns {

    private static final String TOOLS = "(?:razors?|razor blades?|blades?|lighter|scissors|compass|sharpener|sharp"
            + " things|sharp objects|knife)";

    private SelfHarmSigns() {}

    static List<PhraseFamily> all() {
        return List.of(
                family(
                        "self-punishment",
                        SUBJECT,
                        "(?:to|so i could|so i would|wanted to|needed to|need to|have to|had to) (?:punish myself|feel"
                                + " (?:physical )?pain|feel the pain|make it hurt)"
                                + "|(?:wanted|want|needed|need) it to hurt"
                                + "|(?:punish|punishing|punished) myself(?! (?:for (?:mistakes|being|not)|with (?:guilt|negative"
                                + "|thoughts)))"
                                + "|(?:on purpose|deliberately) to (?:feel|hurt)"
                                + "|(?:punch|punching|punched|slam|slamming|slammed) (?:my \\w+ )?(?:into )?(?:the |a )?walls? (?:\\w+ ){0,2}?to"
                                + " feel"
                                + "|(?:do not|never) deserve (?:to eat|food|meals)"
                                + "|(?:took|take|taking) a (?:razor|blade|knife|lighter) to my {body}"
                                + "|(?:pressing|pressed|press|holding|held) (?:a )?(?:hot|burning|heated) (?:\\w+ )?(?:on|against|to)"
                                + " my (?:skin|arms?|legs?|wrists?|hands?|thighs?|stomach)"
                                + "|(?:made|make|makes|making) (?:myself|{self}) (?:bleed|hurt|throw up|sick|vomit|puke)"
                                + "|(?:self harm|sh|cutting|hurting myself|the pain) (?:is|was) (?:the only|my only) (?:thing|way)"
                                + "|physical pain (?:helps|is the only)|only thing that helps is (?:\\w+ ){0,4}pain"),
                family(
                        "injuries-shown",
                        SUBJECT,
                        "(?:hit|hitting|punch|punching|punched|slap|slapping|bang|banging|scratch|scratching|hurt|hurting)"
                                + " my (?:own )?(?:body|legs|arms|thighs|stomach|face)(?: \\w+){0,3} (?:until|till|til) (?:they|it)"
                                + " (?:are|is|were|was|go|went|turn|turned) (?:purple|bruised|black|swollen|bleeding|raw|red)"
                                + "|i hurt my (?:own )?body(?! (?:at|in|doing|playing|during|lifting|training|running|by))"
                                + "|(?:covered in|full of) (?:cuts|scars|burns|marks)"
                                + "|(?:cuts|scars|burns|marks) everywhere"
                                + "|(?<!budget |funding |spending |job |pay |service |power |price )(?:the )?cuts (?:are )?(?:getting|get) (?:deeper|worse|bigger)"
                                + "|keep (?:adding|making) (?:new |more )?(?:ones|cuts|scars|marks|more)"
                                + "|(?:new|fresh) (?:scars|burns|cuts)(?! (?:to|in) (?:the )?(?:budget|funding|services))"
                                + "|(?:new|fresh) marks(?! (?:on|for|in) (?:my |the |our )?(?:test|exam|essay|coursework|report"
                                + "|assignment|homework|maths|english|science|paper))"
                                + "|marks on my (?:arms?|wrists?|legs?|thighs?|skin|stomach|body)"
                                + "|(?:hide|hid|hiding|cover|covering|covered|lie about|lied about|lying about|explain) (?:up )?"
                                + "(?:the |my )?(?:marks|plasters|bandages|cuts|scars|burns) (?:so|on|from|in|at)"
                                + "|long sleeves (?:even )?(?:in summer|when it is hot|in the heat|so (?:nobody|no one|people"
                                + "|they))(?![^.!?]{0,30}(?:eczema|psoriasis|sun|religio|modest|uniform|work|tattoo|allerg|cold))"),
                family(
                        "tools-and-relapse",
                        SUBJECT,
                        "(?:found|find|hid|hide|hiding|keep|keeping|kept|stash|stashing) (?:my |the |all the |all my )?"
                                + "(?:blades|razors|razor blades|sharp things|sharp objects|sharpeners)"
                                + "|(?:again|habit|started|starting|back) with (?:the|a|my) " + TOOLS
                                + "|(?:going back|went back|keep going) (?:\\w+ ){0,4}with (?:the|a|my) " + TOOLS
                                + "|the thing with my (?:arms?|legs?|wrists?|skin|thighs?)"
                                + "|(?:i have|i) relapsed(?= *(?:[.!?,;:]|$| again| last| and))"
                                + "|urges? (?:are|is) back|(?:gave|give|giving) in to (?:the )?urges?"
                                + "|(?:the )?urges? (?:are|is) back and (?:\\w+ )?i gave in"));
    }

    private static PhraseFamily family(String name, Anchor anchor, String template) {
        return PhraseFamily.of(name, SELF_HARM, anchor, template);
    }
}
