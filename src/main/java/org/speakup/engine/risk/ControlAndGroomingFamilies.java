package org.speakup.engine.risk;

import static org.speakup.engine.risk.PhraseFamily.Anchor.AGENT;
import static org.speakup.engine.risk.PhraseFamily.Anchor.SUBJECT;
import static org.speakup.engine.risk.RiskCategory.HARM_FROM_OTHERS;

import java.util.List;
import org.speakup.engine.risk.PhraseFamily.Anchor;

/**
 * Harm from others that rarely names violence: coercive control by a partner, confinement,
 * grooming secrecy, threats made to silence, injuries explained away, and not feeling safe at home.
 */
final class ControlAndGroomingFamilies {

    private static final String PARTNER =
            "(?:partner|husband|wife|boyfriend|girlfriend|ex|he|she|him|fiance|fiancee|carer|son|daughter|grandson"
                    + "|granddaughter|nephew|niece|they|someone)";

    private ControlAndGroomingFamilies() {}

    static List<PhraseFamily> all() {
        return List.of(
                family(
                        "coercive-control",
                        AGENT,
                        PARTNER
                                + " (?:\\w+ ){0,2}?(?:tracks|tracked|checks|checked|reads|read|monitors|goes through|went through)"
                                + " (?:all )?(?:of )?(?:my|the|our) (?:messages|texts|location|emails|bank|dms)"
                                + "|" + PARTNER
                                + " (?:\\w+ ){0,2}?(?:checks|tracks|tracking|checking|monitors) where i (?:go|am)"
                                + "|" + PARTNER
                                + " (?:\\w+ ){0,2}?(?:will not|does not|never) let me (?:have|see|go|talk|use|keep"
                                + "|leave)\\b"
                                + "|" + PARTNER
                                + " (?:\\w+ ){0,2}?(?:took|takes|has taken|taken|keeps|kept|controls|controlled"
                                + "|smashed|broke) (?:all )?(?:of )?(?:my|the|our) (?:phone|money|bank card|card|passport"
                                + "|documents|finances|wages|benefits|pension|keys)"
                                + "|not allowed (?:out|to go out|to leave(?: the house)?) without (?:him|her|my \\w+)"
                                + "|not allowed to (?:eat (?:dinner |meals |food )?with|have (?:dinner|food|meals) with)"
                                + "|(?:will not|does not|never) let (?:me|us) (?:leave|eat)\\b"
                                + "|(?:make|makes|made|making) (?:me|you|us) disappear"
                                + "|(?:take|took|taking|will take) the (?:kids|children|baby) (?:away )?(?:from me|if i|and i will never)"),
                family(
                        "confined",
                        AGENT,
                        "(?:get|got|getting|am|was|been|are|is) locked (?:in|out) (?:of )?(?:my room|the (?:kitchen|shed"
                                + "|garage|cupboard|basement|cellar|bathroom))"
                                + "|(?:makes|made|make|making) me (?:stay|sleep|live) in (?:the|a) (?:shed|garage|car|cupboard"
                                + "|basement|cellar|garden|bathroom)"
                                + "|(?:hands?|fingers) (?:around|round|on) my (?:neck|throat)"
                                + "|(?:keeps|kept|keep) (?:\\w+ ){0,8}?grabbing me"
                                + "|(?:keeps|kept|keep|been|is|started|starts) following me(?! on)"
                                + "|(?:knows|found out|find out) (?:where i live|my school|where i go to school)"
                                + "|(?:watches|watched|watching|films|filmed|filming|photographs|photographed) me (?:shower|showering"
                                + "|in the shower|undress|undressing|getting changed|change|in the bath|sleep|sleeping)"),
                family(
                        "silencing",
                        AGENT,
                        "(?:will not|wont|never) live to (?:regret|tell)"
                                + "|threaten\\w* to (?:hurt|kill|harm|get rid of|drown) (?:the|my|our) (?:dog|cat|pets?|puppy)"
                                + "|if i (?:leave|tell|go|talk|call|report)\\b[^.!?]{0,30}?(?:he|she|they|hell|shell|theyll)"
                                + " (?:will |would )?(?:kill|hurt|beat|stab|shoot|find) (?:me|us|my \\w+)"
                                + "|(?:no one|nobody) (?:will|would) (?:ever )?believe (?:me|you)"
                                + "|make sure i (?:regret|pay|suffer)|make (?:me|you) (?:regret|pay|suffer) (?:it|for)"
                                + "|if (?:i|you) (?:ever )?(?:tell|talk to) (?:the social worker|social services|the school|my"
                                + " teacher|the doctor|the nurse|the counsellor|the police|anyone|anybody)"
                                + "|(?:said|says|told me) (?:they|he|she) (?:will|would) get (?:me|you) (?:after school"
                                + "|tomorrow|later|outside|on the way home|when)"),
                family(
                        "grooming",
                        SUBJECT,
                        "(?:it is|its|it s|is|keep it|keeping it) (?:just |only )?between (?:us|you and me|the two of"
                                + " us)(?! (?:and|until))"
                                + "|(?:stay|stays|be|kept|keep|is|are|was|were) (?:a )?secret from (?:my|your) (?:parents|mum|mom|dad"
                                + "|family)"
                                + "|(?:makes|made|make|making|tells|told) me keep (?:secrets|it secret|it a secret|quiet)"
                                + "|(?:touched|touches|touching) me (?:\\w+ ){0,4}?(?:and|then|n) (?:said|says|told me) (?:it"
                                + " was|its|it is|it s) (?:a game|our secret|a secret|normal|okay|fine|what \\w+ do)"
                                + "|(?:touched|touches|touching) me in a way (?:that )?(?:was not|is not|did not feel|felt wrong"
                                + "|i did not like|made me uncomfortable|that was not)"),
                family(
                        "hidden-injuries",
                        SUBJECT,
                        "(?:marks|bruises) (?:that )?(?:my|his|her|he|she) (?:\\w+ )?(?:leaves|left|gave me|gives me)"
                                + "|bruises (?:every (?:week|day)|all the time|again|on (?:his|her|my) (?:face|arms|neck|legs))(?! (?:\\w+ ){0,3}from (?:football|hockey|rugby|training|sport|the game|falling|climbing|netball))"
                                + "|(?:tell|told|telling) (?:people|them|everyone|the \\w+|my \\w+|teachers) (?:that )?i"
                                + " (?:am|was|m) (?:clumsy|accident prone)"
                                + "|(?:told|tell|telling|say|said) (?:\\w+ ){0,3}i (?:fell|walked into (?:a|the) door"
                                + "|tripped) but i (?:did not|didnt)"
                                + "|(?:get|got|getting) (?:hit|beaten|punched|kicked|slapped|hurt) (?:at home|every day|all"
                                + " the time|a lot|regularly)"
                                + "|(?:got|get|getting|been) (?:jumped|beaten up|battered|mugged|attacked|stabbed)"
                                + "|(?:safer|safe) (?:than|to) (?:be |being )?(?:in the house|at home|home) with (?:him|her"
                                + "|them)"
                                + "|safer than being (?:at home|in the house|home)"));
    }

    private static PhraseFamily family(String name, Anchor anchor, String template) {
        return PhraseFamily.of(name, HARM_FROM_OTHERS, anchor, template);
    }
}
